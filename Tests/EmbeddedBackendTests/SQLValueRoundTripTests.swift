@testable import EmbeddedBackend
import Foundation
import PostgresTestSupport
import Testing
import TestSupport

/// Every kind of value the tables bind comes back as it went in, on SQLite and on PostgreSQL, and a
/// statement that cannot run is a `StoreFailure` after which the connection goes on: the values that
/// stress a binding (empty text and blob, text that is not ASCII, the integers' ends; on SQLite a NUL
/// inside text, which PostgreSQL's text refuses and no checked input carries) and the refusals (a UNIQUE
/// violation, the wrong number of values).
@Suite(.runsPrograms) struct SQLValueRoundTripTests {
    static let values: [SQLValue] = [
        .null, .integer(0), .integer(.min), .integer(.max), .double(-0.5), .double(1_796_000_000.125),
        .text(""), .text("Peña Núñez 🇲🇽"), .text(String(repeating: "x", count: 100_000)),
        .blob([]), .blob([0, 255, 0, 1]),
    ]

    private func check(_ store: any SQLStore, table: String, values: [SQLValue] = values) async throws {
        try await store.write { db in
            try db.execute(sql: "CREATE TABLE \(table) (id INTEGER PRIMARY KEY, v_integer BIGINT, v_double DOUBLE PRECISION, v_text TEXT, v_blob BYTEA UNIQUE)")
        }
        for (id, value) in values.enumerated() {
            let column = Self.column(for: value)
            try await store.write { db in
                try db.execute(sql: "INSERT INTO \(table) (id, \(column)) VALUES (?, ?)", arguments: SQLArguments([.integer(Int64(id)), value]))
            }
            let read = try await store.readStatement { db in
                try SQLRow.fetchOne(db, sql: "SELECT \(column) FROM \(table) WHERE id = ?", arguments: [id])
            }
            #expect(read?.first == value, "\(value)")
        }
        // A UNIQUE violation is said as one, and the store goes on.
        await #expect {
            try await store.write { db in
                try db.execute(sql: "INSERT INTO \(table) (id, v_blob) VALUES (?, ?)", arguments: SQLArguments([.integer(100), .blob([0, 255, 0, 1])]))
            }
        } throws: { ($0 as? StoreFailure)?.kind == .uniqueViolation }
        // So is a statement given fewer values than it has places.
        await #expect(throws: StoreFailure.self) {
            try await store.read { db in try SQLRow.fetchAll(db, sql: "SELECT id FROM \(table) WHERE id = ? OR id = ?", arguments: [1]) }
        }
        let count = try await store.read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM \(table)") }
        #expect(count == values.count)
    }

    /// The column of a value's kind (`NULL` goes in the integer one).
    private static func column(for value: SQLValue) -> String {
        switch value {
        case .null, .integer: "v_integer"
        case .double: "v_double"
        case .text: "v_text"
        case .blob: "v_blob"
        }
    }

    @Test func onSQLite() async throws {
        try await check(try Fixture().backend.database, table: "round_trip", values: Self.values + [.text("a\u{0}b")])
    }

    @Test func onPostgreSQL() async throws {
        try await TestPostgreSQL.withDatabase { location in
            let backend = try await onOwnThread { try Fixture(postgres: location).backend }
            try await check(backend.database, table: "round_trip")
            backend.database.close()
        }
    }
}
