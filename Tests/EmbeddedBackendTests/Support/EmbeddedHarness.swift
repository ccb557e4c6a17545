import BackendContract
import EmbeddedBackend
import Foundation
import NSSCore
import PostgresTestSupport
import TestSupport

/// Drives the shared contract against the embedded backend: a fresh data directory per backend, the fixed
/// test captcha answer, and the email read from the Maildir outbox as a person would read it.
struct EmbeddedHarness: ContractHarness {
    /// The store in a new database of the tests' PostgreSQL cluster instead of the data directory.
    var onPostgreSQL = false

    func makeBackend() async throws -> EmbeddedBackend {
        guard onPostgreSQL else { return try Fixture().backend }
        let location = try await TestPostgreSQL.makeDatabase()
        // Opening waits on the server (migrations, the seeding): on a thread of its own, as the staff
        // tools' synchronous calls below.
        return try await onOwnThread { try Fixture(postgres: location).backend }
    }

    func curpWithNSS(in backend: EmbeddedBackend) async throws -> CURP {
        try await onOwnThread { try backend.listRegistry(limit: 50) }.first { $0.nss != nil }!.curp
    }

    func curpWithoutNSS(in backend: EmbeddedBackend) async throws -> CURP {
        try await onOwnThread { try backend.listRegistry(limit: 50) }.first { $0.nss == nil }!.curp
    }

    func captchaAnswer(for challenge: CaptchaChallenge, in backend: EmbeddedBackend) async throws -> String {
        backend.configuration.captchaTestAnswer!
    }

    func confirmationCode(for ticket: ApplicationTicket, in backend: EmbeddedBackend) async throws -> String {
        guard let code = ConfirmationEmail.code(in: try latestConfirmation(ticket, backend).text) else {
            throw HarnessFailure("the confirmation email has no code")
        }
        return code
    }

    func confirmationLink(for ticket: ApplicationTicket, in backend: EmbeddedBackend) async throws -> String? {
        ConfirmationEmail.link(in: try latestConfirmation(ticket, backend).text)?.absoluteString
    }

    func open(link: String, in backend: EmbeddedBackend) async throws {
        try await backend.openLink(token: link)
    }

    private func latestConfirmation(_ ticket: ApplicationTicket, _ backend: EmbeddedBackend) throws -> ReceivedMail {
        let mail = try backend.maildir!.messageFiles().compactMap(ReceivedMail.init(contentsOf:)).last {
            $0.header(MailKind.applicationHeader) == ticket.id.rawValue
                && $0.header(MailKind.kindHeader) == MailKind.confirmation.rawValue
        }
        guard let mail else { throw HarnessFailure("no confirmation email in the outbox") }
        return mail
    }
}

/// The harness could not do its part.
struct HarnessFailure: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}
