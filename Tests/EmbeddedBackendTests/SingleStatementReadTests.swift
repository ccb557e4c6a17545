@testable import EmbeddedBackend
import Foundation
import NSSCore
import PostgresTestSupport
import Testing
import TestSupport

/// `readStatement`: one statement without a transaction around it, on SQLite and on PostgreSQL; a second
/// statement, which would read another snapshot, is refused and nothing of the first is lost.
@Suite(.runsPrograms) struct SingleStatementReadTests {
    private func check(_ backend: EmbeddedBackend) async throws {
        let people = try await backend.database.readStatement { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM person") }
        #expect(people == 600)
        await #expect(throws: StoreFailure.self) {
            try await backend.database.readStatement { db in
                _ = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM person")
                return try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM application")
            }
        }
        // The connection goes on serving reads and transactions after the refusal.
        #expect(try await backend.database.read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM person") } == 600)
    }

    @Test func onSQLite() async throws {
        try await check(try Fixture().backend)
    }

    @Test func onPostgreSQL() async throws {
        try await TestPostgreSQL.withDatabase { location in
            let backend = try await onOwnThread { try Fixture(postgres: location).backend }
            try await check(backend)
            backend.database.close()
        }
    }
}
