/// Decides whether a PIN typed at a kiosk's staff exit is the staff's, and where the lockout after
/// wrong PINs is kept. The program builds it from the kiosk's configuration; the screens and the line
/// mode never see the PIN itself.
public struct StaffPINCheck: Sendable {
    private let accepts: @Sendable (String) -> Bool
    /// Where the lockout after three wrong PINs survives a restart (the data directory's file).
    public let lockoutStore: StaffLockoutStore

    public init(lockoutStore: StaffLockoutStore = .none, _ accepts: @escaping @Sendable (String) -> Bool) {
        self.accepts = accepts
        self.lockoutStore = lockoutStore
    }

    public func accepts(_ typed: String) -> Bool {
        accepts(typed)
    }
}
