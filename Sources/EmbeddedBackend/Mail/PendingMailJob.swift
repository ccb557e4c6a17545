import Foundation

/// An email still to be delivered, as staff see it (`nss-kiosk outbox --pending`): no address in clear,
/// no content.
public struct PendingMailJob: Sendable, Hashable {
    public var id: Int64
    /// `confirmacion`, `resultado` or `copia`.
    public var kind: String
    public var maskedRecipient: String
    public var attempts: Int
    public var nextAttemptAt: Date
    /// Why the last attempt failed, in Spanish; nil before the first failure.
    public var lastError: String?
}
