import Foundation
import GRDB

/// Opens the data directory: a 0700 folder, the SQLite database in WAL mode (database, -wal and -shm
/// files all 0600), migrated, its registry seeded with the demo population when empty — or, when the
/// configuration names one, the PostgreSQL database, migrated and seeded the same way.
enum EmbeddedStore {
    /// How long a connection waits for another process's write before giving up.
    static let busyTimeout: TimeInterval = 5
    /// Readers beside the one writer (`SQLiteReaders`). A service answers one wizard (or one staff command) at a time, so
    /// two readers cover a lookup beside a delivery; each connection keeps its own page cache for the
    /// life of the kiosk, so every extra one is memory the service keeps.
    static let readerCount = 2
    /// Each connection's page cache. The registry's lookups are by index and touch a handful of pages;
    /// SQLite's default (2 MB per connection) mostly holds pages of applications already finished.
    static let pageCacheKiB = 512

    static func open(_ configuration: EmbeddedConfiguration) throws -> any SQLStore {
        try PrivateFiles.makeDirectory(configuration.dataDirectory)
        if let postgres = configuration.postgres {
            return try PostgresStore.open(postgres, connections: configuration.storeConnections,
                                          serialization: configuration.writeSerialization,
                                          seedsDemoRegistry: configuration.seedsDemoRegistry)
        }
        let lock = try OpenLock(directory: configuration.dataDirectory)
        defer { lock.release() }
        try PrivateFiles.ensureFile(configuration.databaseURL)
        var options = Configuration()
        options.busyMode = .timeout(busyTimeout)
        options.label = "nss-kiosk.embedded"
        // WAL with NORMAL sync: crash-safe, fast; assignments that must survive a power cut use durableWrite.
        options.prepareDatabase { db in
            try db.execute(sql: "PRAGMA synchronous = NORMAL")
            try db.execute(sql: "PRAGMA cache_size = -\(pageCacheKiB)")
        }
        options.maximumReaderCount = readerCount
        let pool = try DatabasePool(path: configuration.databaseURL.path, configuration: options)
        try Schema.migrator.migrate(pool)
        let store = GRDBStore(pool: pool, readers: SQLiteReaders(path: configuration.databaseURL.path, configuration: options,
                                                                 count: readerCount))
        if configuration.seedsDemoRegistry {
            try store.writeNow(RegistryTable.seedDemoIfEmpty)
        }
        for suffix in ["", "-wal", "-shm"] {
            try PrivateFiles.restrict(URL(fileURLWithPath: configuration.databaseURL.path + suffix))
        }
        return store
    }
}
