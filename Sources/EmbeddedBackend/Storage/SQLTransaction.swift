/// What a store's connection does for a transaction: runs one statement with its `?` values.
protocol SQLConnection: AnyObject {
    func run(_ sql: String, _ arguments: [SQLValue]) throws -> SQLResult
    /// Runs a statement whose answer is not read; it may go out with the next one (`SQLTransaction.send`).
    func runUnanswered(_ sql: String, _ arguments: [SQLValue]) throws
}

extension SQLConnection {
    func runUnanswered(_ sql: String, _ arguments: [SQLValue]) throws {
        _ = try run(sql, arguments)
    }
}

/// A statement's rows and how many rows it changed.
struct SQLResult {
    var rows: [SQLRow]
    var changes: Int
}

/// One transaction of the store, SQLite's or PostgreSQL's: the tables are written against this alone, in
/// the SQL both databases understand (`?` placeholders, `ON CONFLICT`, `RETURNING`, `IS NOT DISTINCT FROM`).
/// Lives only inside the store's `read`/`write` closure.
public final class SQLTransaction {
    let connection: any SQLConnection
    /// Rows changed by the last statement.
    public private(set) var changesCount = 0

    init(_ connection: any SQLConnection) {
        self.connection = connection
    }

    /// Runs one statement.
    public func execute(sql: String, arguments: SQLArguments = []) throws {
        changesCount = try connection.run(sql, arguments.values).changes
    }

    /// Runs a write whose answer nobody reads (an INSERT of a new row, an audit line): on PostgreSQL it goes
    /// out together with the transaction's next statement or its COMMIT, a round trip fewer, and a failure
    /// of it is thrown there. Any failed statement voids a PostgreSQL transaction, so nothing runs where it
    /// did not. Leaves `changesCount` alone.
    public func send(sql: String, arguments: SQLArguments = []) throws {
        try connection.runUnanswered(sql, arguments.values)
    }

    /// Runs one statement and returns its rows.
    public func rows(sql: String, arguments: SQLArguments = []) throws -> [SQLRow] {
        let result = try connection.run(sql, arguments.values)
        changesCount = result.changes
        return result.rows
    }
}

extension SQLRow {
    public static func fetchAll(_ db: SQLTransaction, sql: String, arguments: SQLArguments = []) throws -> [SQLRow] {
        try db.rows(sql: sql, arguments: arguments)
    }

    public static func fetchOne(_ db: SQLTransaction, sql: String, arguments: SQLArguments = []) throws -> SQLRow? {
        try db.rows(sql: sql, arguments: arguments).first
    }
}

extension SQLColumnDecodable {
    /// The first column of every row; a NULL or a value of another kind is an error.
    public static func fetchAll(_ db: SQLTransaction, sql: String, arguments: SQLArguments = []) throws -> [Self] {
        try db.rows(sql: sql, arguments: arguments).map { row in
            guard let value = decode(row.first) else { throw SQLRow.ColumnMismatch(column: "1") }
            return value
        }
    }

    /// The first column of the first row; nil when there is no row or the value is NULL.
    public static func fetchOne(_ db: SQLTransaction, sql: String, arguments: SQLArguments = []) throws -> Self? {
        guard let row = try db.rows(sql: sql, arguments: arguments).first, row.first != .null else { return nil }
        guard let value = decode(row.first) else { throw SQLRow.ColumnMismatch(column: "1") }
        return value
    }
}
