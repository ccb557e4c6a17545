import BackendContract
import EmbeddedBackend
import Foundation
import HTTPBackendClient
import NSSCore
import OfficeServer
import PostgresTestSupport
import TestSupport

/// The contract through the office server: calls go over HTTP (`RemoteBackend<HTTPTransport>`) to a
/// server in this process on a fresh store; what a person reads (the captcha, the email) is read from
/// that store, and the link is opened as a phone opens it — a GET of its page, and its button.
struct HTTPHarness: ContractHarness {
    /// The server's store in a new database of the tests' PostgreSQL cluster.
    var onPostgreSQL = false

    func makeBackend() async throws -> HTTPServedBackend {
        let location = onPostgreSQL ? try await TestPostgreSQL.makeDatabase() : nil
        // Opening a PostgreSQL store waits on the server: on a thread of its own.
        let fixture = try await onOwnThread { try OfficeFixture(postgres: location) }
        let server = try await RunningServer.start(OfficeServer(backend: fixture.backend, tokens: OfficeFixture.tokens,
                                                                logger: OfficeFixture.quietLogger))
        // A short wait for the waiting call: the contract asks for a pending status once. Generous
        // attempts: the whole suite runs dozens of servers at once on two cores, and a call that is
        // slow there is no contract's business.
        let transport = server.transport(wait: .seconds(1))
        return HTTPServedBackend(HarnessTransport(transport, beside: HTTPServedBackendBeside(local: fixture.backend, server: server)))
    }

    func curpWithNSS(in backend: HTTPServedBackend) async throws -> CURP {
        try await onOwnThread { try backend.local.listRegistry(limit: 50) }.first { $0.nss != nil }!.curp
    }

    func curpWithoutNSS(in backend: HTTPServedBackend) async throws -> CURP {
        try await onOwnThread { try backend.local.listRegistry(limit: 50) }.first { $0.nss == nil }!.curp
    }

    func captchaAnswer(for challenge: CaptchaChallenge, in backend: HTTPServedBackend) async throws -> String {
        OfficeFixture.captchaAnswer
    }

    func confirmationCode(for ticket: ApplicationTicket, in backend: HTTPServedBackend) async throws -> String {
        guard let mail = try OfficeFixture.mail(ticket.id, .confirmation, in: backend.local),
              let code = ConfirmationEmail.code(in: mail.text) else { throw FixtureFailure("no confirmation code") }
        return code
    }

    func confirmationLink(for ticket: ApplicationTicket, in backend: HTTPServedBackend) async throws -> String? {
        guard let mail = try OfficeFixture.mail(ticket.id, .confirmation, in: backend.local) else {
            throw FixtureFailure("no confirmation email")
        }
        return ConfirmationEmail.link(in: mail.text)?.absoluteString
    }

    func open(link: String, in backend: HTTPServedBackend) async throws {
        let page = try await backend.server.open(link: link)
        switch page.status {
        case 200: return
        case 404: throw BackendError.applicationNotFound
        case 410: throw BackendError.confirmationExpired
        case 409: throw BackendError.curpHasAnotherEmail
        default: throw BackendError.internalError(reference: "HTTP \(page.status)")
        }
    }
}

extension RunningServer {
    /// Opens a link of the email as a person does on a phone, on this server (its path, whatever public
    /// address it was made under): the page, then its button when it has one.
    func open(link: String) async throws -> RawHTTP.Answer {
        guard let url = URL(string: link) else { throw FixtureFailure("not a link: \(link)") }
        let page = try await RawHTTP.send(.GET, base.absoluteString + url.path)
        guard page.text.contains("<form method=\"post\">") else { return page }
        return try await RawHTTP.send(.POST, base.absoluteString + url.path)
    }
}

/// The remote backend, with the server's store open in this process for the harness.
typealias HTTPServedBackend = RemoteBackend<HarnessTransport<HTTPTransport, HTTPServedBackendBeside>>

/// What the HTTP harness keeps beside the transport: the server's store, and the server.
struct HTTPServedBackendBeside: Sendable {
    let local: EmbeddedBackend
    let server: RunningServer
}

extension RemoteBackend where Transport == HarnessTransport<HTTPTransport, HTTPServedBackendBeside> {
    var local: EmbeddedBackend { transport.beside.local }
    var server: RunningServer { transport.beside.server }
}
