/// The app's sense of time, from the run loop's ticks: when the last key came (the idle countdown),
/// since when a backend call has been awaited (the «Un momento…» line), when the wizard last got its
/// once-a-second tick, and the spinner's frame.
struct ActivityClock {
    /// The latest tick.
    private(set) var now: ContinuousClock.Instant
    private(set) var lastKey: ContinuousClock.Instant
    private(set) var busySince: ContinuousClock.Instant?
    private var lastSecond: ContinuousClock.Instant
    private var lastFrame: ContinuousClock.Instant
    private(set) var spinnerFrame = 0

    /// How long a call runs before «Un momento…» shows.
    static let busyDelay = Duration.milliseconds(100)
    /// The spinner turns at 4 Hz: quiet enough for a slow SSH link.
    static let frameInterval = Duration.milliseconds(250)

    init(now: ContinuousClock.Instant) {
        self.now = now
        lastKey = now
        lastSecond = now
        lastFrame = now
    }

    /// A key was pressed (at the time of the latest tick).
    mutating func keyPressed() {
        lastKey = now
    }

    /// Notes whether a call is awaited, after every event.
    mutating func observe(busy: Bool) {
        if !busy {
            busySince = nil
        } else if busySince == nil {
            busySince = now
        }
    }

    /// Whether the awaited call has taken long enough to say so.
    var showsBusy: Bool {
        busySince.map { now - $0 >= Self.busyDelay } ?? false
    }

    /// What one tick brought: whether a whole second passed (the wizard's tick) and whether the
    /// spinner moved.
    mutating func advance(to instant: ContinuousClock.Instant) -> (second: Bool, frame: Bool) {
        now = instant
        let second = now - lastSecond >= .seconds(1)
        if second { lastSecond = now }
        let frame = now - lastFrame >= Self.frameInterval
        if frame {
            lastFrame = now
            spinnerFrame += 1
        }
        return (second, frame)
    }

    /// Whole seconds since the last key.
    var idleSeconds: Int {
        Int((now - lastKey).components.seconds)
    }
}
