/// Slows down anyone guessing the staff PIN at a kiosk: after three wrong PINs in a row the staff
/// exit stays closed for five minutes. It outlives every wipe: starting over does not reset it.
struct StaffExitGuard {
    static let allowedAttempts = 3
    static let lockout = Duration.seconds(300)

    private var wrongInARow = 0
    private var lockedUntil: ContinuousClock.Instant?

    func isLocked(at now: ContinuousClock.Instant) -> Bool {
        lockedUntil.map { now < $0 } ?? false
    }

    /// A wrong PIN at `now`.
    mutating func failed(at now: ContinuousClock.Instant) {
        wrongInARow += 1
        if wrongInARow >= Self.allowedAttempts {
            wrongInARow = 0
            lockedUntil = now + Self.lockout
        }
    }
}
