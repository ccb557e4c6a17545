import Foundation
import Logging
internal import PostgresNIO

/// The store in PostgreSQL, shared by several server processes. Transactions run their synchronous
/// bodies (the same tables as SQLite's) on `StoreThreads`, which wait on PostgresNIO's futures: the
/// tables stay written once, and no cooperative thread or event loop ever waits.
///
/// Writers are serialized as SQLite serializes them: each write transaction first takes one
/// transaction-level advisory lock, so the read-then-write steps (the next NSS of a prefix, a mail job's
/// claim, an idempotency key) see every earlier commit, and reads run beside them on their own
/// REPEATABLE READ snapshot. Every uniqueness rule is still a constraint of the database.
/// How PostgreSQL write transactions keep out of each other's way (both are measured in BENCHMARKS.md).
public enum StoreWriteSerialization: Sendable {
    /// One transaction-level advisory lock, taken by every write transaction (SQLite's IMMEDIATE).
    case advisoryLock
    /// SERIALIZABLE transactions, run again when PostgreSQL finds they could not be serialized.
    case serializable
}

public final class PostgresStore: SQLStore {
    /// The advisory lock of write transactions ("NSSKWRIT") and of the migrations ("NSSKMIGR").
    static let writeLock: Int64 = 0x4E53_534B_5752_4954
    static let migrationLock: Int64 = 0x4E53_534B_4D49_4752
    /// Connections when `--store-connections` does not say: a server's calls are short.
    public static let defaultConnections = 4
    /// More would only queue in PostgreSQL (each connection is a server process of its own).
    public static let maximumConnections = 64

    let pool: PostgresConnectionPool
    let threads: StoreThreads
    let serialization: StoreWriteSerialization

    init(location: PostgresLocation, connections: Int, serialization: StoreWriteSerialization) {
        pool = PostgresConnectionPool(location: location, size: connections)
        threads = StoreThreads(limit: connections)
        self.serialization = serialization
    }

    func read<T: Sendable>(_ body: @escaping @Sendable (SQLTransaction) throws -> T) async throws -> T {
        try await threads.run { [self] in try transaction(.read, body) }
    }

    func readStatement<T: Sendable>(_ body: @escaping @Sendable (SQLTransaction) throws -> T) async throws -> T {
        try await threads.run { [self] in
            let connection = try pool.take()
            var healthy = true
            defer { pool.give(connection, healthy: healthy) }
            do {
                return try body(SQLTransaction(SingleStatement(PostgresSQLConnection(connection, logger: pool.quietLogger))))
            } catch {
                if connection.isClosed || (error as? StoreFailure)?.kind == .unavailable { healthy = false }
                throw error
            }
        }
    }

    func write<T: Sendable>(_ body: @escaping @Sendable (SQLTransaction) throws -> T) async throws -> T {
        try await threads.run { [self] in try transaction(.write, body) }
    }

    /// As SQLite's `synchronous = NORMAL` beside its fully synced Paso 2: ordinary writes commit without
    /// waiting for the WAL's flush (a crash of PostgreSQL keeps them; a power cut may lose the last
    /// moments'), this one waits for it.
    func durableWrite<T: Sendable>(_ body: @escaping @Sendable (SQLTransaction) throws -> T) async throws -> T {
        try await threads.run { [self] in try transaction(.durableWrite, body) }
    }

    func readNow<T>(_ body: (SQLTransaction) throws -> T) throws -> T {
        try transaction(.read, body)
    }

    func writeNow<T>(_ body: (SQLTransaction) throws -> T) throws -> T {
        try transaction(.write, body)
    }

    func close() {
        pool.close()
    }

    enum Access {
        case read, write, durableWrite, migrate
    }

    /// One transaction on a connection of the pool, on the calling thread. A connection that failed is
    /// dropped (the next call opens another); a serialization failure runs the body again.
    ///
    /// BEGIN and the lock go out with the body's first statement (`PostgresSQLConnection.sendAhead`); an
    /// ordinary write's lock statement also turns off its commit's wait for the WAL's flush
    /// (`set_config(…, true)` is `SET LOCAL`). A read's COMMIT is not waited for: its answer is already
    /// read, and the connection runs it before whatever it is given next.
    func transaction<T>(_ access: Access, _ body: (SQLTransaction) throws -> T) throws -> T {
        var attempt = 0
        while true {
            attempt += 1
            let connection = try pool.take()
            let adapter = PostgresSQLConnection(connection, logger: pool.quietLogger)
            var healthy = true
            defer { pool.give(connection, healthy: healthy) }
            do {
                switch (access, serialization) {
                case (.read, _):
                    adapter.sendAhead("BEGIN ISOLATION LEVEL REPEATABLE READ, READ ONLY")
                case (.write, .advisoryLock):
                    adapter.sendAhead("BEGIN")
                    adapter.sendAhead("SELECT pg_advisory_xact_lock(?), set_config('synchronous_commit', 'off', true)",
                                      [.integer(Self.writeLock)])
                case (.durableWrite, .advisoryLock):
                    adapter.sendAhead("BEGIN")
                    adapter.sendAhead("SELECT pg_advisory_xact_lock(?)", [.integer(Self.writeLock)])
                case (.write, .serializable):
                    adapter.sendAhead("BEGIN ISOLATION LEVEL SERIALIZABLE")
                    adapter.sendAhead("SET LOCAL synchronous_commit TO OFF")
                case (.durableWrite, .serializable):
                    adapter.sendAhead("BEGIN ISOLATION LEVEL SERIALIZABLE")
                case (.migrate, _):
                    adapter.sendAhead("BEGIN")
                    adapter.sendAhead("SELECT pg_advisory_xact_lock(?)", [.integer(Self.migrationLock)])
                }
                let value = try body(SQLTransaction(adapter))
                // A body that ran no statement began no transaction.
                guard adapter.hasSent || adapter.holdsWrites else { return value }
                if access == .read {
                    adapter.sendWithoutWaiting("COMMIT")
                } else {
                    try adapter.command("COMMIT")
                }
                return value
            } catch {
                if connection.isClosed {
                    healthy = false
                } else if adapter.hasSent {
                    do { try adapter.command("ROLLBACK") } catch { healthy = false }
                }
                if let failure = error as? StoreFailure {
                    if failure.kind == .unavailable { healthy = false }
                    if failure.kind == .serialization && attempt < 10 { continue }
                }
                throw error
            }
        }
    }

    /// Opens the store: creates the tables on a new database, or brings them up to date, once, whichever
    /// process comes first (the others wait on the migrations' advisory lock), and seeds the registry.
    static func open(_ location: PostgresLocation, connections: Int, serialization: StoreWriteSerialization,
                     seedsDemoRegistry: Bool) throws -> PostgresStore {
        let store = PostgresStore(location: location, connections: connections, serialization: serialization)
        do {
            try store.transaction(.migrate) { db in
                try PostgresSchema.migrate(db)
                if seedsDemoRegistry { try RegistryTable.seedDemoIfEmpty(db) }
            }
        } catch {
            store.close()
            throw error
        }
        return store
    }
}
