/// When an absent person is warned and when their data is wiped. It counts from their last key (or
/// the last screen change), warns `warningSeconds` before the limit, and never wipes anyone who was
/// not warned first: a reading that comes late — a loaded or suspended machine, a stalled tick —
/// starts the warning and gives it its whole window, so «¿Sigues ahí?» is always said before the
/// data goes.
///
/// Both front ends keep one: the ncurses app on the monotonic clock, plain mode likewise.
public struct IdleWatch<Instant: InstantProtocol>: Sendable where Instant.Duration == Duration, Instant: Sendable {
    /// What a reading of the watch says.
    public enum Reading: Equatable, Sendable {
        case active
        /// The warning shows; the wipe comes in `secondsLeft` (rounded up, at least 1).
        case warning(secondsLeft: Int)
        case expired
    }

    private var lastActivity: Instant
    /// When the wipe comes, once the warning has started.
    private var deadline: Instant?

    public init(now: Instant) {
        lastActivity = now
    }

    /// Whether the warning has started (and no key has ended it since).
    public var isWarning: Bool { deadline != nil }

    /// The person did something: the count starts again and any warning ends.
    public mutating func touch(_ now: Instant) {
        lastActivity = now
        deadline = nil
    }

    /// Reads the watch at `now` for a limit of `limitSeconds`, warning `warningSeconds` before it — at
    /// most half the limit before it: with a short limit (`--idle 30`) a warning as long as the limit
    /// would be said at the first reading after every answer.
    public mutating func read(at now: Instant, limitSeconds: Int, warningSeconds: Int) -> Reading {
        let warning = Duration.seconds(max(1, min(warningSeconds, limitSeconds / 2)))
        if deadline == nil {
            let limitAt = lastActivity.advanced(by: .seconds(limitSeconds))
            guard now >= limitAt.advanced(by: .zero - warning) else { return .active }
            deadline = max(limitAt, now.advanced(by: warning))
        }
        guard let deadline, now < deadline else { return .expired }
        return .warning(secondsLeft: Self.wholeSecondsUp(now.duration(to: deadline)))
    }

    private static func wholeSecondsUp(_ duration: Duration) -> Int {
        let (seconds, attoseconds) = duration.components
        return max(1, Int(seconds) + (attoseconds > 0 ? 1 : 0))
    }
}
