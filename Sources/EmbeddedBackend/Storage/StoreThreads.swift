import Foundation
internal import NIOCore
internal import NIOPosix
import ProcessKit
import Synchronization

/// The threads that run the PostgreSQL store's transactions and SQLite's reads: each waits on the
/// server's answers or the disk, which a cooperative thread must never do. At most `limit` at once (the
/// connections' number: more could only wait for one); a thread idle for a few seconds ends, so an idle
/// store holds none.
final class StoreThreads: @unchecked Sendable {
    private let limit: Int
    private let condition = NSCondition()
    private var queue: [@Sendable () -> Void] = []
    private var threads = 0
    private var waiting = 0
    private static let idleLife: TimeInterval = 5
    /// How long an idle thread yields before it sleeps (zero: it sleeps at once).
    private let spin: Duration
    /// The queue's length, read without the lock while spinning.
    private let pending = Atomic<Int>(0)
    private let spinning = Atomic<Bool>(false)

    /// `spin`: worth it where the work is short and the caller waits on this machine's CPU alone (SQLite's
    /// reads); not where the other side needs the CPU meanwhile (PostgreSQL's server, on the same machine).
    init(limit: Int, spin: Duration = .zero) {
        self.limit = max(1, limit)
        self.spin = spin
    }

    /// Runs `work` on one of the threads; the caller suspends until it returns. A caller on one of NIO's
    /// event loops (a program whose tasks run there) resumes on that same loop: resumed from this
    /// thread, NIO would hand it to any loop of the group, and it would cross back to its own.
    func run<T: Sendable>(_ work: @escaping @Sendable () throws -> T) async throws -> T {
        let home = MultiThreadedEventLoopGroup.currentEventLoop
        return try await withUnsafeThrowingContinuation { continuation in
            submit {
                let result = Result { try work() }
                if let home {
                    home.execute { continuation.resume(with: result) }
                } else {
                    continuation.resume(with: result)
                }
            }
        }
    }

    private func submit(_ job: @escaping @Sendable () -> Void) {
        condition.lock()
        queue.append(job)
        pending.add(1, ordering: .relaxed)
        let startsOne = waiting == 0 && threads < limit
        if startsOne { threads += 1 }
        // A thread yielding for work takes this job without a wake-up: waking a sleeping one as well would
        // only have it find the queue empty and sleep again (a futex each way). A second job still wakes one.
        if !spinning.load(ordering: .relaxed) || queue.count > 1 { condition.signal() }
        condition.unlock()
        if startsOne { DedicatedThread.start { [self] in loop() } }
    }

    private func loop() {
        condition.lock()
        while true {
            if !queue.isEmpty {
                let job = queue.removeFirst()
                pending.subtract(1, ordering: .relaxed)
                condition.unlock()
                job()
                condition.lock()
                continue
            }
            // Under load the next job comes within microseconds: yielding the core a few times first
            // spares this thread a sleep and its caller a wake-up (a futex each, and two thread switches).
            // One thread at a time: the others sleep at once.
            if spin > .zero, spinning.compareExchange(expected: false, desired: true, ordering: .relaxed).exchanged {
                condition.unlock()
                let spinUntil = ContinuousClock.now + spin
                while pending.load(ordering: .relaxed) == 0, ContinuousClock.now < spinUntil { sched_yield() }
                spinning.store(false, ordering: .relaxed)
                condition.lock()
                if !queue.isEmpty { continue }
            }
            waiting += 1
            let woken = condition.wait(until: Date(timeIntervalSinceNow: Self.idleLife))
            waiting -= 1
            if !woken && queue.isEmpty {
                threads -= 1
                condition.unlock()
                return
            }
        }
    }
}
