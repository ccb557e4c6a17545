import Foundation
import Logging
internal import NIOCore
internal import PostgresNIO
import Synchronization

/// A PostgreSQL connection as the tables' connection: `?` placeholders become `$1…$n`, values are bound in
/// binary, and each statement's future is waited on by this (non-cooperative, non-event-loop) thread.
///
/// Statements that open a transaction (BEGIN, the write lock) are not sent alone: they go out together
/// with the transaction's first statement, and PostgresNIO runs them one after another on the
/// connection's event loop, so this thread waits once for all of them instead of once for each.
final class PostgresSQLConnection: SQLConnection {
    let connection: PostgresConnection
    let logger: Logger
    /// Statements sent together with the next one.
    private var ahead: [PostgresQuery] = []
    /// Whether any statement has been sent: else the transaction has not begun on the server.
    private(set) var hasSent = false
    /// Whether the body has a statement waiting in `ahead` (beside the ones that open the transaction),
    /// which only the COMMIT would send.
    private(set) var holdsWrites = false

    init(_ connection: PostgresConnection, logger: Logger) {
        self.connection = connection
        self.logger = logger
    }

    /// Sends `sql` together with the next statement. Only for statements whose failure
    /// leaves PostgreSQL refusing what follows in the transaction, or that cannot fail on a sound
    /// connection (BEGIN): the next statement then never runs where this one did not.
    func sendAhead(_ sql: String, _ arguments: [SQLValue] = []) {
        ahead.append(Self.query(sql, arguments))
    }

    /// A write whose answer is not read waits in `ahead` for the next statement: PostgreSQL aborts the
    /// transaction at its failure, and `send` throws it with whatever comes next.
    func runUnanswered(_ sql: String, _ arguments: [SQLValue]) throws {
        sendAhead(sql, arguments)
        holdsWrites = true
    }

    func run(_ sql: String, _ arguments: [SQLValue]) throws -> SQLResult {
        let result = try send(Self.query(sql, arguments))
        var rows: [SQLRow] = []
        rows.reserveCapacity(result.rows.count)
        var names: [String]?
        for row in result.rows {
            let columnNames = names ?? row.map(\.columnName)
            names = columnNames
            rows.append(SQLRow(names: columnNames, values: try row.map(Self.value)))
        }
        return SQLResult(rows: rows, changes: result.metadata.rows ?? 0)
    }

    /// Sends a statement without waiting for its answer: the connection runs it before anything sent
    /// after it. A failure closes the connection (the pool then drops it).
    func sendWithoutWaiting(_ sql: String) {
        hasSent = true
        let queries = ahead + [Self.query(sql, [])]
        ahead = []
        holdsWrites = false
        let connection = connection
        for query in queries {
            connection.query(query, logger: logger).whenFailure { _ in
                connection.close().whenComplete { _ in withExtendedLifetime(connection) {} }
            }
        }
    }

    /// Sends the statements waiting to go ahead and `query`, then waits for all: the first failure is
    /// thrown (PostgreSQL refused what came after it in the transaction).
    private func send(_ query: PostgresQuery) throws -> PostgresQueryResult {
        hasSent = true
        let before = ahead.map { connection.query($0, logger: logger) }
        ahead = []
        holdsWrites = false
        let future = connection.query(query, logger: logger)
        var failure: (any Error)?
        for earlier in before {
            do { _ = try earlier.wait() } catch { failure = failure ?? error }
        }
        do {
            let result = try future.wait()
            if let failure { throw failure }
            return result
        } catch {
            throw Self.failure(failure ?? error)
        }
    }

    private static func query(_ sql: String, _ arguments: [SQLValue]) -> PostgresQuery {
        var binds = PostgresBindings(capacity: arguments.count)
        for value in arguments {
            switch value {
            case .null: binds.appendNull()
            case .integer(let integer): binds.append(integer)
            case .double(let double): binds.append(double)
            case .text(let text): binds.append(text)
            case .blob(let bytes): binds.append(ByteBuffer(bytes: bytes))
            }
        }
        return PostgresQuery(unsafeSQL: PlaceholderTranslation.dollarNumbered(sql), binds: binds)
    }

    /// Statements without values, as PostgreSQL takes them: BEGIN, COMMIT, ROLLBACK.
    func command(_ sql: String) throws {
        _ = try run(sql, [])
    }

    private static func value(_ cell: PostgresCell) throws -> SQLValue {
        guard cell.bytes != nil else { return .null }
        do {
            switch cell.dataType {
            case .int2, .int4, .int8: return .integer(try cell.decode(Int64.self))
            case .float4, .float8: return .double(try cell.decode(Double.self))
            case .bool: return .integer(try cell.decode(Bool.self) ? 1 : 0)
            case .bytea: return .blob(Array(try cell.decode(ByteBuffer.self).readableBytesView))
            default: return .text(try cell.decode(String.self))
            }
        } catch {
            throw SQLRow.ColumnMismatch(column: cell.columnName)
        }
    }

    /// PostgreSQL's errors in the store's terms, by SQLSTATE; a lost connection is `.unavailable`.
    static func failure(_ error: any Error) -> any Error {
        if let failure = error as? StoreFailure { return failure }
        guard let error = error as? PSQLError else {
            return StoreFailure(kind: .unavailable, code: "PostgreSQL connection failed")
        }
        if error.code == .server, let state = error.serverInfo?[.sqlState] {
            return StoreFailure(kind: kind(sqlState: state), code: "PostgreSQL SQLSTATE \(state)")
        }
        return StoreFailure(kind: .unavailable, code: "PostgreSQL connection lost (\(error.code))")
    }

    /// What a SQLSTATE means to the backend: a unique violation, a full disk, a serialization failure or
    /// deadlock (run again), a connection gone (class 08, or the server shutting down: 57P).
    static func kind(sqlState state: String) -> StoreFailure.Kind {
        switch state {
        case "23505": .uniqueViolation
        case "53100": .diskFull
        case "40001", "40P01": .serialization
        case _ where state.hasPrefix("08") || state.hasPrefix("57P"): .unavailable
        default: .other
        }
    }
}

/// `?` → `$1`, `$2`, … outside quoted text, once per statement text (the tables use a few dozen).
enum PlaceholderTranslation {
    private static let cache = Mutex<[String: String]>([:])

    static func dollarNumbered(_ sql: String) -> String {
        if let known = cache.withLock({ $0[sql] }) { return known }
        var translated = ""
        translated.reserveCapacity(sql.utf8.count + 16)
        var number = 0
        var quote: Character?
        for character in sql {
            if let open = quote {
                if character == open { quote = nil }
                translated.append(character)
            } else if character == "'" || character == "\"" {
                quote = character
                translated.append(character)
            } else if character == "?" {
                number += 1
                translated += "$\(number)"
            } else {
                translated.append(character)
            }
        }
        cache.withLock { $0[sql] = translated }
        return translated
    }
}
