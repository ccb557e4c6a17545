import Foundation
internal import NIOCore
internal import NIOPosix
import ProcessKit

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

    init(limit: Int) {
        self.limit = max(1, limit)
    }

    /// Runs `work` on one of the threads; the caller suspends until it returns. A caller on one of NIO's
    /// event loops (the office server runs its tasks there) resumes on that same loop, where its
    /// connection's answer is written: resumed from this thread, NIO would hand it to any loop of the
    /// group, and the answer would cross back to its own.
    func run<T: Sendable>(_ work: @escaping @Sendable () throws -> T) async throws -> T {
        let home = MultiThreadedEventLoopGroup.currentEventLoop
        return try await withCheckedThrowingContinuation { continuation in
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
        let startsOne = waiting == 0 && threads < limit
        if startsOne { threads += 1 }
        condition.signal()
        condition.unlock()
        if startsOne { DedicatedThread.start { [self] in loop() } }
    }

    private func loop() {
        condition.lock()
        while true {
            if !queue.isEmpty {
                let job = queue.removeFirst()
                condition.unlock()
                job()
                condition.lock()
                continue
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
