import Dispatch
import Synchronization

/// ncurses has one current screen per process: a terminal session and a headless screen capture
/// must never use it at the same time (tests of different modules run in parallel in one process).
/// A session owns ncurses from start to stop; a capture, for the length of one render.
///
/// Ownership passes from one holder straight to the next waiter. A task waits by suspending
/// (`acquire() async`), never by holding one of Swift's few cooperative threads; only a thread of its
/// own (the wizard's main thread, a test's `DedicatedThread`) may wait by blocking (`acquireBlocking`).
enum CursesOwnership {
    private enum Waiter {
        case task(CheckedContinuation<Void, Never>)
        case thread(DispatchSemaphore)
    }

    private struct State {
        var held = false
        var waiters: [Waiter] = []
    }

    private static let state = Mutex(State())

    /// Waits, suspended, until nobody else uses ncurses, then takes it.
    static func acquire() async {
        await withCheckedContinuation { (continuation: CheckedContinuation<Void, Never>) in
            if take(orQueue: .task(continuation)) { continuation.resume() }
        }
    }

    /// Waits, blocking this thread, until nobody else uses ncurses, then takes it. Never from a task.
    static func acquireBlocking() {
        let semaphore = DispatchSemaphore(value: 0)
        if !take(orQueue: .thread(semaphore)) { semaphore.wait() }
    }

    /// Takes ncurses if it is free (true); else queues `waiter`, whom `release` will hand it to.
    private static func take(orQueue waiter: Waiter) -> Bool {
        state.withLock { state in
            if state.held {
                state.waiters.append(waiter)
                return false
            }
            state.held = true
            return true
        }
    }

    /// Gives ncurses to the next waiter, if any (it is then held by that waiter).
    static func release() {
        let next = state.withLock { state -> Waiter? in
            guard !state.waiters.isEmpty else {
                state.held = false
                return nil
            }
            return state.waiters.removeFirst()
        }
        switch next {
        case .task(let continuation): continuation.resume()
        case .thread(let semaphore): semaphore.signal()
        case nil: break
        }
    }
}
