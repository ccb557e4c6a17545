import NSSCore
import Synchronization

/// What a waiting call waits on (`ChangeWatch`): a change this server made (a link opened, a call that
/// changes an application answered) wakes every waiting call at once; a change made by another process
/// on the same store is seen at the next look, every `recheck`. Closed when the server stops, so no
/// waiting call holds up the stop.
final class ChangeSignal: ChangeWatch {
    private struct State: ~Copyable {
        var next: UInt64 = 0
        /// The waits under way, with their continuation once it is registered. A wait that is no longer
        /// here has ended (woken, timed out): registering it resumes at once.
        var waiting: [UInt64: CheckedContinuation<Void, Never>?] = [:]
        var closed = false
    }

    private let state = Mutex(State())
    let recheck: Duration

    init(recheck: Duration = .milliseconds(500)) {
        self.recheck = recheck
    }

    /// Something changed: every waiting call looks again.
    func notify() {
        let woken = state.withLock { state in
            let woken = state.waiting.values.compactMap { $0 }
            state.waiting.removeAll()
            return woken
        }
        woken.forEach { $0.resume() }
    }

    /// The server is stopping: every wait ends now, and none begins.
    func close() {
        state.withLock { $0.closed = true }
        notify()
    }

    func nextChange(before deadline: ContinuousClock.Instant) async -> Bool {
        let id: UInt64? = state.withLock { state in
            guard !state.closed else { return nil }
            state.next += 1
            state.waiting[state.next] = .some(nil)
            return state.next
        }
        guard let id else { return false }
        let wake = min(deadline, ContinuousClock.now + recheck)
        await withTaskGroup(of: Void.self) { group in
            group.addTask { await self.register(id) }
            group.addTask { try? await Task.sleep(until: wake, clock: .continuous) }
            await group.next()
            group.cancelAll()
            self.end(id)
        }
        return state.withLock { !$0.closed }
    }

    private func register(_ id: UInt64) async {
        await withCheckedContinuation { continuation in
            let resumeNow = state.withLock { state in
                guard !state.closed, state.waiting[id] != nil else { return true }
                state.waiting[id] = continuation
                return false
            }
            if resumeNow { continuation.resume() }
        }
    }

    /// Ends the wait `id`: resumes its continuation if it is registered (else it never will be).
    private func end(_ id: UInt64) {
        let continuation = state.withLock { state in state.waiting.removeValue(forKey: id) ?? nil }
        continuation?.resume()
    }
}
