import Foundation
import GRDB
import GRDBSQLite

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
        failure(extendedCode: error.extendedResultCode.rawValue)
    }

    /// An SQLite error by its extended result code (the primary code is its low byte).
    static func failure(extendedCode: CInt) -> StoreFailure {
        let kind: StoreFailure.Kind = switch ResultCode(rawValue: extendedCode) {
        case .SQLITE_CONSTRAINT_UNIQUE, .SQLITE_CONSTRAINT_PRIMARYKEY: .uniqueViolation
        default: extendedCode & 0xFF == SQLITE_FULL ? .diskFull : .other
        }
        return StoreFailure(kind: kind, code: "SQLite error \(extendedCode)")
    }
}

/// A GRDB database handle as the tables' connection. GRDB prepares each statement once and keeps it
/// (the tables run the same few dozen over and over); binding its values and reading its rows go through
/// SQLite's own interface, which costs a fraction of GRDB's generic arguments and row cursor on the path
/// every status question takes (`StatementArguments` and `Row` were a fifth of a read's time). The store
/// uses none of GRDB's observation, so skipping its per-statement bookkeeping loses nothing.
final class GRDBConnection: SQLConnection {
    let db: Database

    init(_ db: Database) {
        self.db = db
    }

    func run(_ sql: String, _ arguments: [SQLValue]) throws -> SQLResult {
        let statement: Statement
        do {
            statement = try db.cachedStatement(sql: sql)
        } catch let error as DatabaseError {
            throw GRDBStore.failure(error)
        }
        let handle = statement.sqliteStatement
        // Left as it was by its last run; left reset, so that it holds no lock and no value between runs.
        sqlite3_reset(handle)
        defer {
            sqlite3_reset(handle)
            sqlite3_clear_bindings(handle)
        }
        guard sqlite3_bind_parameter_count(handle) == CInt(arguments.count) else {
            throw StoreFailure(kind: .other, code: "SQLite: \(arguments.count) values for \(sqlite3_bind_parameter_count(handle)) parameters")
        }
        for (offset, value) in arguments.enumerated() {
            let code = Self.bind(value, to: handle, at: CInt(offset + 1))
            guard code == SQLITE_OK else { throw GRDBStore.failure(extendedCode: code) }
        }
        let names = statement.columnNames
        var rows: [SQLRow] = []
        while true {
            switch sqlite3_step(handle) {
            case SQLITE_ROW:
                rows.append(SQLRow(names: names, values: (0..<CInt(names.count)).map { Self.value(of: handle, at: $0) }))
            case SQLITE_DONE:
                return SQLResult(rows: rows, changes: Int(sqlite3_changes(db.sqliteConnection)))
            default:
                throw GRDBStore.failure(extendedCode: sqlite3_extended_errcode(db.sqliteConnection))
            }
        }
    }

    /// SQLite copies text and blobs at once (`SQLITE_TRANSIENT`): the Swift value may go before the step.
    private static func bind(_ value: SQLValue, to handle: OpaquePointer, at index: CInt) -> CInt {
        switch value {
        case .null: return sqlite3_bind_null(handle, index)
        case .integer(let integer): return sqlite3_bind_int64(handle, index, integer)
        case .double(let double): return sqlite3_bind_double(handle, index, double)
        case .text(let text):
            var text = text
            return text.withUTF8 { bytes in
                bytes.withMemoryRebound(to: CChar.self) { characters in
                    guard let start = characters.baseAddress else { return sqlite3_bind_text(handle, index, "", 0, transient) }
                    return sqlite3_bind_text(handle, index, start, CInt(characters.count), transient)
                }
            }
        case .blob(let bytes):
            return bytes.withUnsafeBytes { raw in
                guard let start = raw.baseAddress else { return sqlite3_bind_zeroblob(handle, index, 0) }
                return sqlite3_bind_blob(handle, index, start, CInt(raw.count), transient)
            }
        }
    }

    private static func value(of handle: OpaquePointer, at column: CInt) -> SQLValue {
        switch sqlite3_column_type(handle, column) {
        case SQLITE_INTEGER: return .integer(sqlite3_column_int64(handle, column))
        case SQLITE_FLOAT: return .double(sqlite3_column_double(handle, column))
        case SQLITE_TEXT:
            guard let text = sqlite3_column_text(handle, column) else { return .text("") }
            return .text(String(decoding: UnsafeBufferPointer(start: text, count: Int(sqlite3_column_bytes(handle, column))),
                                as: UTF8.self))
        case SQLITE_BLOB:
            guard let blob = sqlite3_column_blob(handle, column) else { return .blob([]) }
            return .blob([UInt8](UnsafeRawBufferPointer(start: blob, count: Int(sqlite3_column_bytes(handle, column)))))
        default: return .null
        }
    }

    /// SQLite's "copy this value now" destructor.
    private static let transient = unsafeBitCast(OpaquePointer(bitPattern: -1), to: sqlite3_destructor_type.self)
}
