import Synchronization

/// Where a session reads the time for its idle limit and the staff PIN's wait: the machine's monotonic
/// clock, or in tests one that moves only when told, so a starved machine's stall is not a person's
/// silence.
public struct SessionClock: Sendable {
    public let now: @Sendable () -> ContinuousClock.Instant

    public init(now: @escaping @Sendable () -> ContinuousClock.Instant) {
        self.now = now
    }

    /// The machine's monotonic clock.
    public static let continuous = SessionClock { .now }

    /// A clock that starts at the machine's now and moves only by `advance`.
    public static func manual() -> (clock: SessionClock, advance: @Sendable (Duration) -> Void) {
        let start = ContinuousClock.now
        let elapsed = Mutex(Duration.zero)
        return (SessionClock { start + elapsed.withLock { $0 } }, { step in elapsed.withLock { $0 += step } })
    }
}
