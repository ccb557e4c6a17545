import Foundation
import NSSCore

/// A fresh backend of a harness, with the steps of the procedure the cases share.
struct ContractSession<Harness: ContractHarness> {
    let harness: Harness
    let backend: Harness.Backend
    let email: EmailAddress

    static func start(_ harness: Harness) async throws -> Self {
        let backend = try await step("makeBackend") { try await harness.makeBackend() }
        return Self(harness: harness, backend: backend, email: try EmailAddress("persona.contrato@example.com"))
    }

    /// A new captcha of `kind` and its right answer.
    func captcha(_ kind: CaptchaKind = .picture) async throws -> (challenge: CaptchaChallenge, answer: String) {
        let challenge = try await step("newCaptcha") { try await backend.newCaptcha(kind) }
        let answer = try await step("captchaAnswer") { try await harness.captchaAnswer(for: challenge, in: backend) }
        return (challenge, answer)
    }

    func request(_ curp: CURP, _ challenge: CaptchaChallenge, answer: String) -> ApplicationRequest {
        ApplicationRequest(curp: curp, email: email, captchaID: challenge.id, captchaAnswer: answer)
    }

    /// "PULSA CONTINUAR" with a right captcha answer.
    func submit(_ curp: CURP) async throws -> ApplicationTicket {
        let (challenge, answer) = try await captcha()
        return try await step("submit") { try await backend.submit(request(curp, challenge, answer: answer)) }
    }

    func code(_ ticket: ApplicationTicket) async throws -> String {
        try await step("reading the confirmation code") { try await harness.confirmationCode(for: ticket, in: backend) }
    }

    func link(_ ticket: ApplicationTicket) async throws -> String {
        let link = try await step("reading the confirmation link") {
            try await harness.confirmationLink(for: ticket, in: backend)
        }
        try expect(ticket.carriesLink, "the harness must configure links: the ticket says the email carries none")
        guard let link else { throw ContractViolation("the ticket says the email carries a link, but it has none") }
        return link
    }

    /// An application whose email is confirmed by its code.
    func confirmed(_ curp: CURP) async throws -> ApplicationTicket {
        let ticket = try await submit(curp)
        let code = try await code(ticket)
        try await step("confirm with the emailed code") { try await backend.confirm(ticket.id, code: code) }
        return ticket
    }

    /// A confirmed application after Paso 1, with the person it returned.
    func started(_ curp: CURP) async throws -> (ticket: ApplicationTicket, person: PersonRecord) {
        let ticket = try await confirmed(curp)
        let person = try await step("startProcedure") { try await backend.startProcedure(ticket.id) }
        return (ticket, person)
    }

    func status(_ id: ApplicationID) async throws -> ConfirmationStatus {
        try await step("confirmationStatus") { try await backend.confirmationStatus(id) }
    }
}
