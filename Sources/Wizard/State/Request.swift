/// The kinds of backend call the wizard makes; at most one of each is in flight.
public enum Request: Hashable, Sendable, CaseIterable {
    case captcha, submit, poll, confirm, resend, start, finish, documents, lookup, save, print, emailCopy, phoneLinks
    case openApplications, resume, progress
}
