import Foundation

/// Where the embedded backend hands its email: a Maildir folder or a sendmail-compatible command.
public protocol Outbox: Sendable {
    /// Delivers one rendered message, or throws when it could not be handed over whole. `key` names the
    /// message uniquely (its job's): an outbox that can tell it already holds the message under that key
    /// does nothing, so a delivery cut short before it was recorded is not made twice.
    func deliver(_ message: Data, key: String) async throws
}
