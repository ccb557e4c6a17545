import EmbeddedBackend
import Foundation
import HTTPBackendClient
import NSSCore
import OfficeServer
import Testing
import TestSupport

/// On the office server an application belongs to the credential that started it: that credential takes it
/// up (`--resume`) from any machine; another credential can neither see it nor act on it or its documents,
/// even knowing its id; a kiosk's applications are never offered.
@Suite(.runsPrograms) struct ResumeThroughServerTests {
    static let ana = "credencial-de-prueba-personal-ana-01234567"
    static let beto = "credencial-de-prueba-personal-beto-7654321"
    static let kiosk = "credencial-de-prueba-kiosko-siete-0000000"

    let fixture: OfficeFixture
    let server: RunningServer

    init() async throws {
        fixture = try OfficeFixture()
        let tokens = try TerminalTokens.parse("personal-ana \(Self.ana)\npersonal-beto \(Self.beto)\nkiosko-7 \(Self.kiosk) kiosco\n",
                                              file: "prueba")
        server = try await RunningServer.start(OfficeServer(backend: fixture.backend, tokens: tokens,
                                                            logger: OfficeFixture.quietLogger))
    }

    private func terminal(_ token: String) -> RemoteBackend<HTTPTransport> {
        RemoteBackend(server.transport(token: token, wait: .seconds(1)))
    }

    private func submit(through backend: RemoteBackend<HTTPTransport>, withNSS: Bool) async throws -> ApplicationTicket {
        let challenge = try await backend.newCaptcha(.picture)
        return try await backend.submit(ApplicationRequest(
            curp: try fixture.curp(withNSS: withNSS), email: try EmailAddress("ana.lopez@example.com"),
            captchaID: challenge.id, captchaAnswer: OfficeFixture.captchaAnswer))
    }

    @Test func aStaffCredentialTakesUpItsOwnApplicationsAndNoOneElses() async throws {
        let (ana, beto) = (terminal(Self.ana), terminal(Self.beto))
        let ticket = try await submit(through: ana, withNSS: true)
        #expect(try await ana.openApplications().applications.map(\.id) == [ticket.id])
        #expect(try await beto.openApplications().applications.isEmpty)
        await #expect(throws: BackendError.applicationNotFound) { try await beto.resumeApplication(ticket.id) }
        // Ana's session dropped; she logs in again (any machine, the same credential) and goes on.
        let resumed = try await ana.resumeApplication(ticket.id)
        #expect(resumed.ticket.id == ticket.id && resumed.stage == .waitingForConfirmation)
        let events = try await fixture.backend.auditEvents()
        #expect(events.contains { $0.step == .resume && $0.terminal == "personal-ana" })
    }

    @Test func aKiosksApplicationsAreNeverOffered() async throws {
        let (kiosk, ana) = (terminal(Self.kiosk), terminal(Self.ana))
        let ticket = try await submit(through: kiosk, withNSS: true)
        #expect(try await kiosk.openApplications().applications.isEmpty)
        #expect(try await ana.openApplications().applications.isEmpty)
        await #expect(throws: BackendError.applicationNotFound) { try await kiosk.resumeApplication(ticket.id) }
        await #expect(throws: BackendError.applicationNotFound) { try await ana.resumeApplication(ticket.id) }
        // The kiosk still records where its person is (nothing is offered from it).
        try await kiosk.recordProgress(ticket.id, .left)
    }

    /// Everything a terminal can do to an application, tried by another terminal that learnt its id and
    /// folio (from an audit log, say): each is «not found», and the person's code attempts and limits are
    /// untouched.
    @Test func anotherCredentialCannotActOnAnApplicationOrItsDocuments() async throws {
        let (ana, kiosk) = (terminal(Self.ana), terminal(Self.kiosk))
        let ticket = try await kiosk.submit(ApplicationRequest(
            curp: try fixture.curp(withNSS: false), email: try EmailAddress("ana.lopez@example.com"),
            captchaID: try await kiosk.newCaptcha(.picture).id, captchaAnswer: OfficeFixture.captchaAnswer))
        let id = ticket.id
        let stranger: [(String, () async throws -> Void)] = [
            ("confirmationStatus", { _ = try await ana.confirmationStatus(id) }),
            ("confirm", { try await ana.confirm(id, code: "ABCD2345") }),
            ("resendConfirmation", { _ = try await ana.resendConfirmation(id) }),
            ("startProcedure", { _ = try await ana.startProcedure(id) }),
            ("recordProgress", { try await ana.recordProgress(id, .left) }),
        ]
        for (name, call) in stranger {
            await #expect(throws: BackendError.applicationNotFound, "\(name) by another credential") { try await call() }
        }
        // The kiosk itself goes on: its code still has every attempt, and nothing was left.
        try await kiosk.confirm(id, code: try fixture.code(id))
        _ = try await kiosk.startProcedure(id)
        let result = try await kiosk.finishProcedure(id)
        let documents = try await kiosk.documents(id)
        let afterwards: [(String, () async throws -> Void)] = [
            ("finishProcedure", { _ = try await ana.finishProcedure(id) }),
            ("resultEmailSent", { _ = try await ana.resultEmailSent(id) }),
            ("documents", { _ = try await ana.documents(id) }),
            ("document", { _ = try await ana.document(try #require(documents.first).id) }),
            ("emailDocuments", { _ = try await ana.emailDocuments(id) }),
            ("documentLinks", { _ = try await ana.documentLinks(id) }),
        ]
        for (name, call) in afterwards {
            await #expect(throws: BackendError.applicationNotFound, "\(name) by another credential") { try await call() }
        }
        #expect(try await kiosk.document(try #require(documents.first).id).starts(with: Array("%PDF".utf8)))
        #expect(try await kiosk.documentLinks(id).count == 2)
        #expect(documents.allSatisfy { $0.folio == result.folio })
    }
}
