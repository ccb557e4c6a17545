import NSSCore

/// What a confirmation link would come to if its button were pressed now, read without changing
/// anything: the page a phone shows first, and what a mail scanner's prefetch or a link preview sees.
public enum LinkReadiness: Sendable, Hashable {
    /// The link works: pressing the page's button confirms the email.
    case ready(ApplicationID)
    /// Nothing to press: the outcome is already known (confirmed before, expired, replaced, unknown).
    case settled(LinkOpening)
}
