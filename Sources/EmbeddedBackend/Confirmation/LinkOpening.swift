import NSSCore

/// What opening a confirmation link came to: what the page on the person's phone says.
public enum LinkOpening: Sendable, Hashable {
    /// The email is confirmed now.
    case confirmed(ApplicationID)
    /// It was confirmed before (by this link, another one or the code): nothing more to do.
    case alreadyConfirmed(ApplicationID)
    /// The link's time ran out.
    case expired(ApplicationID)
    /// A newer email was sent for the application: only its link and code work.
    case replaced(ApplicationID)
    /// The CURP already has another confirmed email.
    case curpHasAnotherEmail(ApplicationID)
    /// The link names no application (mistyped, cut short, or purged).
    case unknown
}
