import ProcessKit

/// The service lives as long as a kiosk's wizard and answers one person at a time. With an arena for
/// every thread that allocates (the database's connections, the mail worker, Swift's threads), the
/// pages each once touched were most of its growth over a day's applications (BENCHMARKS.md). Two
/// arenas serve a call and a delivery at once.
enum ServiceMemory {
    static let arenas: Int32 = 2

    static func limitArenas() { MallocArenas.limit(to: arenas) }
}
