import Foundation

/// Where the embedded backend's email goes.
public enum MailDelivery: Sendable, Hashable {
    /// Into the Maildir `DATA/outbox` (read it with `mutt -f DATA/outbox`).
    case maildir
    /// Piped to a sendmail-compatible command, e.g. `["/usr/sbin/sendmail", "-t", "-i"]`.
    case sendmail(command: [String])
}
