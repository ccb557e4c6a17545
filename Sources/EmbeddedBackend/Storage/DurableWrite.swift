import GRDB

extension DatabaseWriter {
    /// A write that survives a power cut once it returns. The store runs with `synchronous = NORMAL`
    /// (in WAL mode: safe from crashes, and a power cut can only lose the last commits); the writes
    /// whose loss would matter outside — an NSS assigned and then emailed — sync fully.
    func durableWrite<T: Sendable>(_ updates: @escaping @Sendable (Database) throws -> T) async throws -> T {
        try await writeWithoutTransaction { db in
            try db.execute(sql: "PRAGMA synchronous = FULL")
            defer { try? db.execute(sql: "PRAGMA synchronous = NORMAL") }
            var value: T?
            try db.inTransaction(.immediate) {
                value = try updates(db)
                return .commit
            }
            return value!
        }
    }
}
