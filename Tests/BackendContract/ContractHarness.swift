import NSSCore

/// What the contract needs from a backend's world beyond `NSSBackend`: a fresh instance, two people of
/// its registry, and its out-of-band channels (the captcha a person reads, the email a person receives).
public protocol ContractHarness: Sendable {
    associatedtype Backend: NSSBackend

    /// A backend with an empty history: no applications, no email, no attempts.
    func makeBackend() async throws -> Backend
    /// A CURP of the registry whose person already has an NSS (localización).
    func curpWithNSS(in backend: Backend) async throws -> CURP
    /// A CURP of the registry whose person has no NSS yet (asignación).
    func curpWithoutNSS(in backend: Backend) async throws -> CURP
    /// The right answer to a captcha, as a person reading the picture or the spelled characters would
    /// type it. It must contain a letter, so that the contract can try it with the case swapped.
    func captchaAnswer(for challenge: CaptchaChallenge, in backend: Backend) async throws -> String
    /// The code of the latest confirmation email of the ticket's application, as the email shows it.
    func confirmationCode(for ticket: ApplicationTicket, in backend: Backend) async throws -> String
    /// The link of the latest confirmation email of the ticket's application, or nil when it carries none.
    /// The link cases need a backend set up to send links (`ticket.carriesLink`).
    func confirmationLink(for ticket: ApplicationTicket, in backend: Backend) async throws -> String?
    /// Does what opening that link on a phone does.
    func open(link: String, in backend: Backend) async throws
}
