import Dispatch

/// ncurses has one current screen per process: a terminal session and a headless screen capture
/// must never use it at the same time (tests of different modules run in parallel in one process).
/// A session owns ncurses from start to stop; a capture, for the length of one render.
enum CursesOwnership {
    private static let owner = DispatchSemaphore(value: 1)

    /// Waits until nobody else uses ncurses, then takes it.
    static func acquire() {
        owner.wait()
    }

    static func release() {
        owner.signal()
    }
}
