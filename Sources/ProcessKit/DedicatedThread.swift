#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#endif

/// Blocking work (waiting on a child, a pipe, a terminal) on a thread of its own.
///
/// Swift's cooperative pool has one thread per core — two on an office machine — and every task
/// shares them: one blocked in `poll` or `waitpid` stalls half the program, two stall all of it.
/// Dispatch's global queues are no refuge either (their threads are few and shared). Work that blocks
/// runs here instead, and the task that wants its result suspends.
public enum DedicatedThread {
    /// Runs `work` on a new thread and suspends the caller until it returns.
    public static func run<Value: Sendable>(_ work: @escaping @Sendable () -> Value) async -> Value {
        await withCheckedContinuation { continuation in
            start { continuation.resume(returning: work()) }
        }
    }

    /// Starts `body` on a new detached thread. If no thread can be made (the process is at its limit),
    /// `body` runs on the caller's: late rather than never.
    public static func start(_ body: @escaping @Sendable () -> Void) {
        let box = Unmanaged.passRetained(Work(body)).toOpaque()
        var attributes = pthread_attr_t()
        pthread_attr_init(&attributes)
        defer { pthread_attr_destroy(&attributes) }
        pthread_attr_setdetachstate(&attributes, Int32(PTHREAD_CREATE_DETACHED))
        var thread = pthread_t()
        let created = pthread_create(&thread, &attributes, { raw in
            Unmanaged<Work>.fromOpaque(raw!).takeRetainedValue().body()
            return nil
        }, box)
        if created != 0 {
            Unmanaged<Work>.fromOpaque(box).takeRetainedValue().body()
        }
    }

    private final class Work: Sendable {
        let body: @Sendable () -> Void
        init(_ body: @escaping @Sendable () -> Void) { self.body = body }
    }
}
