import FoundationEssentials

/// Tells when the person has been away too long: counts from their last answer (or the last screen
/// change) and warns once shortly before the limit.
struct IdleClock {
    enum Reading: Equatable {
        case active
        /// Time to ask whether they are still there; the wipe comes in `secondsLeft`.
        case warn(secondsLeft: Int)
        case expired
    }

    private var lastActivity: Date
    private var warned = false

    init(now: Date) {
        lastActivity = now
    }

    mutating func touch(_ now: Date) {
        lastActivity = now
        warned = false
    }

    mutating func read(at now: Date, limitSeconds: Int, warningSeconds: Int) -> Reading {
        let elapsed = now.timeIntervalSince(lastActivity)
        let limit = Double(limitSeconds)
        if elapsed >= limit { return .expired }
        guard !warned, warningSeconds < limitSeconds, elapsed >= limit - Double(warningSeconds) else { return .active }
        warned = true
        return .warn(secondsLeft: Int((limit - elapsed).rounded(.up)))
    }
}
