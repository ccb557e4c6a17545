import Wizard

/// The app's sense of time, from the run loop's ticks: when the last key came (the idle countdown),
/// since when a backend call has been awaited (the «Un momento…» line), when the wizard last got its
/// once-a-second tick, and the spinner's frame.
struct ActivityClock {
    /// The latest tick.
    private(set) var now: ContinuousClock.Instant
    private var idle: IdleWatch<ContinuousClock.Instant>
    /// The seconds left before the idle wipe while the countdown shows; nil when it does not.
    private(set) var idleWarning: Int?
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
        idle = IdleWatch(now: now)
        lastSecond = now
        lastFrame = now
    }

    /// A key was pressed (at the time of the latest tick).
    mutating func keyPressed() {
        idle.touch(now)
        idleWarning = nil
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

    /// Reads the idle count at the latest tick; true when the person's time is up (after a
    /// countdown, always: see `IdleWatch`). When the time does not count (nothing personal to wipe,
    /// or a call awaited: `WizardState.countsIdleTime`) the count starts again.
    mutating func idleExpired(limitSeconds: Int, warningSeconds: Int, countsIdleTime: Bool) -> Bool {
        guard countsIdleTime else {
            keyPressed()
            return false
        }
        switch idle.read(at: now, limitSeconds: limitSeconds, warningSeconds: warningSeconds) {
        case .active: idleWarning = nil
        case .warning(let secondsLeft): idleWarning = secondsLeft
        case .expired: return true
        }
        return false
    }
}
