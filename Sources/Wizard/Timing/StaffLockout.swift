/// Slows down anyone guessing the staff PIN at a kiosk: after three wrong PINs in a row the staff
/// exit stays closed for five minutes. It outlives every wipe and, through a `StaffLockoutStore`, a
/// restart of the program: pulling the plug does not reopen it. Both front ends (ncurses and the line
/// mode) keep it the same way.
public struct StaffLockout: Sendable, Equatable {
    public static let allowedAttempts = 3
    public static let duration = Duration.seconds(300)

    /// Wrong PINs since the last lock or the last right one.
    public private(set) var wrongInARow: Int
    /// The end of the lock, when one is on (it may have passed: see `expire(at:)`).
    public private(set) var lockedUntil: ContinuousClock.Instant?

    public init(wrongInARow: Int = 0, lockedUntil: ContinuousClock.Instant? = nil) {
        self.wrongInARow = wrongInARow
        self.lockedUntil = lockedUntil
    }

    public func isLocked(at now: ContinuousClock.Instant) -> Bool {
        lockedUntil.map { now < $0 } ?? false
    }

    /// A wrong PIN at `now`.
    public mutating func failed(at now: ContinuousClock.Instant) {
        wrongInARow += 1
        if wrongInARow >= Self.allowedAttempts {
            wrongInARow = 0
            lockedUntil = now + Self.duration
        }
    }

    /// The right PIN: nothing counts any more.
    public mutating func succeeded() {
        wrongInARow = 0
        lockedUntil = nil
    }

    /// Called on every clock tick: forgets a lock whose time is up, so the exit reopens on time even
    /// when nobody touches the keyboard. True when a lock ended now.
    public mutating func expire(at now: ContinuousClock.Instant) -> Bool {
        guard let until = lockedUntil, now >= until else { return false }
        lockedUntil = nil
        return true
    }
}

/// Where the staff lockout is kept between runs of the program (the program gives a file in the data
/// directory; tests and staff sessions keep it in memory only).
public struct StaffLockoutStore: Sendable {
    public let load: @Sendable () -> StaffLockout
    public let save: @Sendable (StaffLockout) -> Void

    public init(load: @escaping @Sendable () -> StaffLockout, save: @escaping @Sendable (StaffLockout) -> Void) {
        self.load = load
        self.save = save
    }

    /// Kept nowhere: each run starts unlocked.
    public static let none = StaffLockoutStore(load: { StaffLockout() }, save: { _ in })
}
