/// Decides whether a PIN typed at a kiosk's staff-exit prompt is the staff's. The program builds it
/// from the kiosk's configuration; the screens never see the PIN itself.
public struct StaffPINCheck: Sendable {
    private let accepts: @Sendable (String) -> Bool

    public init(_ accepts: @escaping @Sendable (String) -> Bool) {
        self.accepts = accepts
    }

    public func accepts(_ typed: String) -> Bool {
        accepts(typed)
    }
}
