@testable import EmbeddedBackend
import Dispatch
import Testing

/// The store's threads hand every job to a thread, including while one of them is yielding for work:
/// two jobs that can only finish together (each waits for the other) always find two threads. A job
/// left for the yielding thread alone would wait for the other until its deadline.
@Suite struct StoreThreadsTests {
    /// Two jobs that each wait (at most `deadline`) for the other to start; true for each that met it.
    private func pair(on threads: StoreThreads, deadline: DispatchTimeInterval = .seconds(5)) async throws -> (Bool, Bool) {
        let first = DispatchSemaphore(value: 0), second = DispatchSemaphore(value: 0)
        async let one = threads.run {
            first.signal()
            return second.wait(timeout: .now() + deadline) == .success
        }
        async let two = threads.run {
            second.signal()
            return first.wait(timeout: .now() + deadline) == .success
        }
        return try await (one, two)
    }

    @Test(arguments: [Duration.zero, .microseconds(50), .milliseconds(5)])
    func twoJobsAlwaysRunSideBySide(spin: Duration) async throws {
        let threads = StoreThreads(limit: 2, spin: spin)
        // One pair after another, with no pause: the next pair's first job often comes while a thread
        // still yields for work after the last.
        for _ in 0..<300 {
            let (one, two) = try await pair(on: threads)
            #expect(one && two)
            if !(one && two) { break }
        }
    }

    @Test func everyJobRunsOnceAndAnswers() async throws {
        let threads = StoreThreads(limit: 2, spin: .microseconds(50))
        let results = try await withThrowingTaskGroup(of: Int.self) { group in
            for number in 0..<2000 { group.addTask { try await threads.run { number * 2 } } }
            return try await group.reduce(into: [Int]()) { $0.append($1) }
        }
        #expect(results.sorted() == (0..<2000).map { $0 * 2 })
    }
}
