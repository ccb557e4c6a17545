@testable import EmbeddedBackend
import Foundation
import NSSCore
import PostgresTestSupport
import ProcessKit
import Testing
import TestSupport

/// The store in PostgreSQL beside the contract: its migrations when processes race to open a new
/// database, its constraints, and a connection lost under it.
@Suite(.runsPrograms) struct PostgreSQLStoreTests {
    /// PostgreSQL's codes become the store's failures that the backend acts on, as SQLite's do.
    @Test func postgreSQLCodesMeanWhatSQLiteCodesMean() {
        #expect(PostgresSQLConnection.kind(sqlState: "23505") == .uniqueViolation)
        #expect(PostgresSQLConnection.kind(sqlState: "53100") == .diskFull)
        #expect(PostgresSQLConnection.kind(sqlState: "40001") == .serialization)
        #expect(PostgresSQLConnection.kind(sqlState: "40P01") == .serialization)
        #expect(PostgresSQLConnection.kind(sqlState: "08006") == .unavailable)
        #expect(PostgresSQLConnection.kind(sqlState: "57P01") == .unavailable)
        #expect(PostgresSQLConnection.kind(sqlState: "42601") == .other)
    }

    /// The URL forms of `--store`: a Unix socket's folder, or a host and port; anything else is refused.
    @Test func theStoreAddressIsReadAsLibpqWritesIt() throws {
        let socket = try #require(PostgresLocation("postgresql://nss@/oficina?host=/run/postgresql"))
        #expect(socket.socketPath == "/run/postgresql/.s.PGSQL.5432")
        #expect(socket.database == "oficina" && socket.username == "nss" && socket.password == nil)
        let network = try #require(PostgresLocation("postgresql://nss:secreto@db.oficina:6432/oficina"))
        #expect(network.host == "db.oficina" && network.port == 6432 && network.password == "secreto")
        #expect(!network.shown.contains("secreto"), "the password is never shown")
        #expect(PostgresLocation(network.url) == network)
        #expect(PostgresLocation(socket.url) == socket)
        for bad in ["postgresql://", "postgresql://nss@/", "postgresql:///oficina?host=/x", "mysql://nss@h/o",
                    "postgresql://nss@/oficina?host=relativa", "postgresql://nss@h:99999/o", "postgresql://nss@h/o?sslmode=x"] {
            #expect(PostgresLocation(bad) == nil, "\(bad)")
        }
    }

    /// Two processes open one new database at the same moment: the tables are made and the registry
    /// seeded exactly once, and both go on.
    @Test func theMigrationRunsOnceWhenTwoProcessesRaceToOpenANewDatabase() async throws {
        let worker = Tool.built("EmbeddedWorker")
        try #require(worker.isInstalled, "EmbeddedWorker is built next to the test bundle")
        try await TestPostgreSQL.withDatabase { location in
            let root = TemporaryDirectory.make("carrera")
            let runs = try await withThrowingTaskGroup(of: ProgramOutcome.self) { group in
                for index in 0..<2 {
                    group.addTask {
                        try await worker.run(["--data", root.appendingPathComponent("data-\(index)").path,
                                              "--answer", Fixture.captchaAnswer, "--store", location.url,
                                              "--from", String(index), "--count", "1"], deadline: .seconds(120))
                    }
                }
                return try await group.reduce(into: []) { $0.append($1) }
            }
            let failures = runs.filter { !$0.succeeded }.map(\.errorText)
            #expect(failures.isEmpty, "both processes opened the store: \(failures)")
            #expect(try await TestPostgreSQL.value("SELECT count(*) FROM schema_migration", in: location) == String(PostgresSchema.migrations.count))
            #expect(try await TestPostgreSQL.value("SELECT count(*) FROM person", in: location) == "600",
                    "the demo registry seeded once")
            #expect(try await TestPostgreSQL.value("SELECT count(*) FROM application WHERE folio IS NOT NULL", in: location) == "2")
        }
    }

    /// The NSS stays UNIQUE in the database itself, and its refusal reaches the backend as a unique
    /// violation, as SQLite's does.
    @Test func theDatabaseRefusesASecondHolderOfAnNSS() async throws {
        try await TestPostgreSQL.withDatabase { location in
            let backend = try await onOwnThread { try Fixture(postgres: location).backend }
            let people = try await onOwnThread { try backend.listRegistry(limit: 100) }
            let holder = try #require(people.first { $0.nss != nil })
            let other = try #require(people.first { $0.nss == nil })
            do {
                try await backend.database.write { db in
                    try db.execute(sql: "UPDATE person SET nss = ? WHERE curp = ?",
                                   arguments: [holder.nss!.digits, other.curp.value])
                }
                Issue.record("a second holder of one NSS was stored")
            } catch let failure as StoreFailure {
                #expect(failure.kind == .uniqueViolation)
                #expect(failure.code == "PostgreSQL SQLSTATE 23505")
            }
            backend.database.close()
        }
    }

    /// The server closes every connection (a restart of PostgreSQL, a network cut): the next call may
    /// fail with the usual internal error, and the one after it reconnects.
    @Test func aLostConnectionFailsOneCallAtMostAndTheNextReconnects() async throws {
        try await TestPostgreSQL.withDatabase { location in
            let backend = try await onOwnThread { try Fixture(postgres: location).backend }
            _ = try await backend.newCaptcha(.picture)
            _ = try await TestPostgreSQL.rows("""
                SELECT pg_terminate_backend(pid) FROM pg_stat_activity
                WHERE datname = '\(location.database)' AND pid <> pg_backend_pid()
                """, in: location)
            do {
                _ = try await backend.newCaptcha(.picture)
            } catch let error as BackendError {
                guard case .internalError = error else { throw error }
            }
            _ = try await backend.newCaptcha(.picture)
            #expect(try await TestPostgreSQL.value("SELECT count(*) FROM captcha", in: location) != "0")
            backend.database.close()
        }
    }
}
