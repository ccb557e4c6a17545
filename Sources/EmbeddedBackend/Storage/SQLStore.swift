/// Where the backend keeps its data: SQLite in the data directory (GRDB) or a shared PostgreSQL server.
/// Writers are serialized in both (SQLite's IMMEDIATE transactions, an advisory lock on PostgreSQL), so the
/// tables' read-then-write steps (the next NSS, a mail job's claim) run as if alone; every uniqueness rule
/// is also a constraint of the database.
///
/// The closures are synchronous and run off the cooperative threads: on the store's own threads
/// (`StoreThreads`: SQLite's reads, every PostgreSQL transaction) or on GRDB's writer queue.
protocol SQLStore: Sendable {
    func read<T: Sendable>(_ body: @escaping @Sendable (SQLTransaction) throws -> T) async throws -> T
    /// A read of one statement, run on its own: both databases run a lone statement atomically on one
    /// snapshot, so it needs no BEGIN and COMMIT (on PostgreSQL, the round trips of both). `body` may run
    /// only one statement; a second is refused (`SingleStatement`).
    func readStatement<T: Sendable>(_ body: @escaping @Sendable (SQLTransaction) throws -> T) async throws -> T
    func write<T: Sendable>(_ body: @escaping @Sendable (SQLTransaction) throws -> T) async throws -> T
    /// A write that survives a power cut once it returns (an NSS assigned and then emailed).
    func durableWrite<T: Sendable>(_ body: @escaping @Sendable (SQLTransaction) throws -> T) async throws -> T
    /// The staff tools' synchronous calls, on the caller's thread (never a cooperative one).
    func readNow<T>(_ body: (SQLTransaction) throws -> T) throws -> T
    func writeNow<T>(_ body: (SQLTransaction) throws -> T) throws -> T
    /// Releases the connections (PostgreSQL); the SQLite store closes with its last reference.
    func close()
}
