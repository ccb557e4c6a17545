import Foundation
import GRDB
import Synchronization

/// The SQLite store's reads, on read-only connections of their own run by `StoreThreads`. A read is one
/// hand-over to a store thread and one back; GRDB's asynchronous pool read took three (its semaphore's
/// queue, the reader's queue, the caller) and parsed BEGIN and COMMIT anew each time. Each read is one
/// DEFERRED transaction, as GRDB's: its statements see one snapshot, and a reader never waits for the
/// writer (WAL).
final class SQLiteReaders: Sendable {
    private let path: String
    private let configuration: Configuration
    private let threads: StoreThreads
    /// Connections not in use; at most `count` are ever open (one per store thread, or a staff tool's).
    private let idle = Mutex<[DatabaseQueue]>([])

    init(path: String, configuration: Configuration, count: Int) {
        var configuration = configuration
        configuration.readonly = true
        self.path = path
        self.configuration = configuration
        threads = StoreThreads(limit: count, spin: .microseconds(50))
    }

    /// Runs `body` in a read transaction on a store thread; the caller suspends meanwhile.
    func read<T: Sendable>(_ body: @escaping @Sendable (SQLTransaction) throws -> T) async throws -> T {
        try await threads.run { [self] in try readNow(body) }
    }

    /// Runs `body`'s one statement on a store thread, in SQLite's own transaction for it.
    func readStatement<T: Sendable>(_ body: @escaping @Sendable (SQLTransaction) throws -> T) async throws -> T {
        try await threads.run { [self] in
            try withConnection { connection in
                try connection.inDatabase { db in try body(SQLTransaction(SingleStatement(GRDBConnection(db)))) }
            }
        }
    }

    /// Runs `body` in a read transaction on the calling thread (never a cooperative one).
    func readNow<T>(_ body: (SQLTransaction) throws -> T) throws -> T {
        try withConnection { connection in try readNow(body, on: connection) }
    }

    private func readNow<T>(_ body: (SQLTransaction) throws -> T, on connection: DatabaseQueue) throws -> T {
        try connection.inDatabase { db in
            try db.cachedStatement(sql: "BEGIN DEFERRED TRANSACTION").execute()
            do {
                let value = try body(SQLTransaction(GRDBConnection(db)))
                try db.cachedStatement(sql: "COMMIT TRANSACTION").execute()
                return value
            } catch {
                if db.isInsideTransaction { try? db.cachedStatement(sql: "ROLLBACK TRANSACTION").execute() }
                throw error
            }
        }
    }

    /// `body` with an idle connection, or a new one; the connection is idle again after it.
    private func withConnection<T>(_ body: (DatabaseQueue) throws -> T) throws -> T {
        let connection = try idle.withLock({ $0.popLast() }) ?? DatabaseQueue(path: path, configuration: configuration)
        defer { idle.withLock { $0.append(connection) } }
        return try body(connection)
    }
}
