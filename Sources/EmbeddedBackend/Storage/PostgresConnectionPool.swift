import Foundation
import Logging
internal import NIOCore
internal import NIOPosix
internal import PostgresNIO

/// At most `size` connections to the server, opened when needed and handed to one transaction at a time.
/// Every method blocks its thread: it is called from the store's own threads (or a staff tool's main
/// thread), never from a cooperative one, and never from an event loop.
final class PostgresConnectionPool: @unchecked Sendable {
    let location: PostgresLocation
    let size: Int
    private let condition = NSCondition()
    private var idle: [PostgresConnection] = []
    private var open = 0
    private var nextID = 0
    private var closed = false
    /// PostgresNIO's own messages would carry the server's text; the store logs its own references instead.
    private let quiet = Logger(label: "nss-kiosk.postgresql", factory: { _ in SwiftLogNoOpLogHandler() })

    init(location: PostgresLocation, size: Int) {
        self.location = location
        self.size = max(1, size)
    }

    /// A connection of the pool, waiting while all `size` are in use; opens one when fewer are.
    func take() throws -> PostgresConnection {
        condition.lock()
        while true {
            if closed {
                condition.unlock()
                throw StoreFailure(kind: .unavailable, code: "PostgreSQL pool closed")
            }
            if let connection = idle.popLast() {
                condition.unlock()
                if connection.isClosed {
                    give(connection, healthy: false)
                    condition.lock()
                    continue
                }
                return connection
            }
            if open < size { break }
            condition.wait()
        }
        open += 1
        nextID += 1
        let id = nextID
        condition.unlock()
        do {
            return try PostgresConnection.connect(on: MultiThreadedEventLoopGroup.singleton.next(), configuration: location.connectionConfiguration,
                                                  id: id, logger: quiet).wait()
        } catch {
            condition.lock()
            open -= 1
            condition.signal()
            condition.unlock()
            // The server's SQLSTATE (too many connections, no such database…) or the kind of network
            // failure: never the server's text.
            let reason = (error as? PSQLError).flatMap { $0.serverInfo?[.sqlState] }.map { "SQLSTATE \($0)" }
                ?? String(describing: type(of: error))
            throw StoreFailure(kind: .unavailable, code: "PostgreSQL unreachable (\(reason))")
        }
    }

    /// Returns a connection; one that failed is closed and forgotten (the next `take` opens a new one).
    func give(_ connection: PostgresConnection, healthy: Bool) {
        condition.lock()
        if healthy && !closed && !connection.isClosed {
            idle.append(connection)
        } else {
            open -= 1
            Self.close(connection)
        }
        condition.signal()
        condition.unlock()
    }

    /// Closes the idle connections; those in use close when they are given back.
    func close() {
        condition.lock()
        closed = true
        let connections = idle
        idle = []
        open -= connections.count
        condition.broadcast()
        condition.unlock()
        for connection in connections { Self.close(connection) }
    }

    /// A store no longer used (a backend let go) leaves no connection open behind it.
    deinit {
        for connection in idle { Self.close(connection) }
    }

    /// Closes a connection, keeping it alive until its channel has closed (PostgresNIO insists).
    private static func close(_ connection: PostgresConnection) {
        let closing: EventLoopFuture<Void> = connection.close()
        closing.whenComplete { _ in withExtendedLifetime(connection) {} }
    }

    var quietLogger: Logger { quiet }
}
