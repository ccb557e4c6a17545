/// Where the embedded backend hands its email: a Maildir folder or a sendmail-compatible command.
public protocol Outbox: Sendable {
    /// Delivers one message, or throws when it could not be handed over.
    func deliver(_ message: MailMessage) async throws
}
