import CProcessKit

/// How many heaps glibc's malloc may keep for this process's threads.
public enum MallocArenas {
    /// Caps them at `count`; each thread that allocates otherwise gets an arena of its own, which keeps
    /// the pages it once touched for the life of the process.
    public static func limit(to count: Int32) {
        _ = processkit_limit_malloc_arenas(count)
    }
}
