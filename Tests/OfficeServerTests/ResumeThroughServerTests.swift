import EmbeddedBackend
import Foundation
import HTTPBackendClient
import NSSCore
import OfficeServer
import Testing
import TestSupport

/// `--resume` on the office server: an application belongs to the credential that started it, on any
/// machine that presents it; another credential never sees it, and a kiosk's applications are never offered.
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
}
