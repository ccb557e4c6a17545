import Foundation
import GRDB

/// The store in SQLite (GRDB): one file in the data directory, WAL, IMMEDIATE write transactions (one
/// writer at a time across every process), a busy timeout while another process writes. Reads run on
/// `SQLiteReaders`, writes on the pool's one writer.
final class GRDBStore: SQLStore {
    let pool: DatabasePool
    let readers: SQLiteReaders

    init(pool: DatabasePool, readers: SQLiteReaders) {
        self.pool = pool
        self.readers = readers
    }

    func read<T: Sendable>(_ body: @escaping @Sendable (SQLTransaction) throws -> T) async throws -> T {
        try await Self.mapped { try await readers.read(body) }
    }

    func readStatement<T: Sendable>(_ body: @escaping @Sendable (SQLTransaction) throws -> T) async throws -> T {
        try await Self.mapped { try await readers.readStatement(body) }
    }

    func write<T: Sendable>(_ body: @escaping @Sendable (SQLTransaction) throws -> T) async throws -> T {
        try await Self.mapped { try await pool.write { db in try body(SQLTransaction(GRDBConnection(db))) } }
    }

    /// The store runs with `synchronous = NORMAL` (in WAL mode: safe from crashes, and a power cut can only
    /// lose the last commits); the writes whose loss would matter outside sync fully.
    func durableWrite<T: Sendable>(_ body: @escaping @Sendable (SQLTransaction) throws -> T) async throws -> T {
        try await Self.mapped {
            try await pool.writeWithoutTransaction { db in
                try db.execute(sql: "PRAGMA synchronous = FULL")
                defer { try? db.execute(sql: "PRAGMA synchronous = NORMAL") }
                var value: T?
                try db.inTransaction(.immediate) {
                    value = try body(SQLTransaction(GRDBConnection(db)))
                    return .commit
                }
                return value!
            }
        }
    }

    func readNow<T>(_ body: (SQLTransaction) throws -> T) throws -> T {
        try Self.mappedNow { try readers.readNow(body) }
    }

    func writeNow<T>(_ body: (SQLTransaction) throws -> T) throws -> T {
        try Self.mappedNow { try pool.write { db in try body(SQLTransaction(GRDBConnection(db))) } }
    }

    func close() {}

    /// SQLite's errors at BEGIN and COMMIT (a full disk, a busy timeout) as `StoreFailure`.
    private static func mapped<T>(_ body: () async throws -> T) async throws -> T {
        do { return try await body() } catch let error as DatabaseError { throw failure(error) }
    }

    private static func mappedNow<T>(_ body: () throws -> T) throws -> T {
        do { return try body() } catch let error as DatabaseError { throw failure(error) }
    }

    static func failure(_ error: DatabaseError) -> StoreFailure {
        let kind: StoreFailure.Kind = switch error.extendedResultCode {
        case .SQLITE_CONSTRAINT_UNIQUE, .SQLITE_CONSTRAINT_PRIMARYKEY: .uniqueViolation
        default: error.resultCode == .SQLITE_FULL ? .diskFull : .other
        }
        return StoreFailure(kind: kind, code: "SQLite error \(error.extendedResultCode.rawValue)")
    }
}

/// A GRDB database handle as the tables' connection: every statement is cached (the tables run the same
/// few dozen statements over and over).
final class GRDBConnection: SQLConnection {
    let db: Database

    init(_ db: Database) {
        self.db = db
    }

    func run(_ sql: String, _ arguments: [SQLValue]) throws -> SQLResult {
        do {
            let statement = try db.cachedStatement(sql: sql)
            let values = StatementArguments(arguments.map(Self.databaseValue))
            if statement.columnCount == 0 {
                try statement.execute(arguments: values)
                return SQLResult(rows: [], changes: db.changesCount)
            }
            // The cursor's rows are read straight from the statement, without a copy of each row first.
            let names = statement.columnNames
            var rows: [SQLRow] = []
            let cursor = try Row.fetchCursor(statement, arguments: values)
            while let row = try cursor.next() {
                rows.append(SQLRow(names: names, values: (0..<names.count).map { Self.value(row[$0] as DatabaseValue) }))
            }
            return SQLResult(rows: rows, changes: db.changesCount)
        } catch let error as DatabaseError {
            throw GRDBStore.failure(error)
        }
    }

    private static func databaseValue(_ value: SQLValue) -> DatabaseValue {
        switch value {
        case .null: .null
        case .integer(let integer): integer.databaseValue
        case .double(let double): double.databaseValue
        case .text(let text): text.databaseValue
        case .blob(let bytes): Data(bytes).databaseValue
        }
    }

    private static func value(_ value: DatabaseValue) -> SQLValue {
        switch value.storage {
        case .null: .null
        case .int64(let integer): .integer(integer)
        case .double(let double): .double(double)
        case .string(let text): .text(text)
        case .blob(let data): .blob([UInt8](data))
        }
    }
}
