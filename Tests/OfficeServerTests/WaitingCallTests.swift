import EmbeddedBackend
import Foundation
import HTTPBackendClient
import NSSCore
import OfficeServer
import Testing
import TestSupport

/// The waiting screen's question, held by the server until the answer changes: the terminal moves on as
/// soon as the link is opened, without asking again and again.
@Suite(.runsPrograms) struct WaitingCallTests {
    private func submit(_ backend: some NSSBackend, _ fixture: OfficeFixture) async throws -> ApplicationTicket {
        let challenge = try await backend.newCaptcha(.picture)
        return try await backend.submit(ApplicationRequest(curp: try fixture.curp(withNSS: true),
                                                           email: try EmailAddress("ana.lopez@example.com"),
                                                           captchaID: challenge.id, captchaAnswer: OfficeFixture.captchaAnswer))
    }

    /// The server looks at the store again only once a minute here: the waiting call that answers
    /// «confirmed» within its 20 s was woken by the link being opened on this server.
    @Test func aWaitingCallAnswersWhenTheLinkIsOpenedOnTheServer() async throws {
        let fixture = try OfficeFixture()
        let server = try await RunningServer.start(OfficeServer(backend: fixture.backend, tokens: OfficeFixture.tokens,
                                                                logger: OfficeFixture.quietLogger, recheck: .seconds(60)))
        let backend = RemoteBackend(server.transport())
        let ticket = try await submit(backend, fixture)
        let waiting = Task { try await backend.confirmationStatus(ticket.id) }
        // Let the call reach the server and wait there (if the link came first, it would answer at once anyway).
        try await Task.sleep(for: .milliseconds(300))
        #expect(try await server.open(link: try fixture.link(ticket.id).absoluteString).status == 200)
        #expect(try await waiting.value == .confirmed)
    }

    /// A change made by another process on the same store (another server, `nss-kiosk link open`) is
    /// seen at the server's next look.
    @Test func aWaitingCallSeesAChangeMadeByAnotherProcess() async throws {
        let fixture = try OfficeFixture()
        let server = try await RunningServer.start(OfficeServer(backend: fixture.backend, tokens: OfficeFixture.tokens,
                                                                logger: OfficeFixture.quietLogger, recheck: .milliseconds(200)))
        let backend = RemoteBackend(server.transport())
        let ticket = try await submit(backend, fixture)
        let waiting = Task { try await backend.confirmationStatus(ticket.id) }
        try await Task.sleep(for: .milliseconds(300))
        try await fixture.another().openLink(token: try fixture.link(ticket.id).absoluteString)
        #expect(try await waiting.value == .confirmed)
    }

    /// Without a change, the call answers «pending» when its wait is over; a call that does not wait
    /// answers at once, whatever it is asked.
    @Test func aWaitingCallAnswersPendingWhenItsWaitIsOver() async throws {
        let fixture = try OfficeFixture()
        let server = try await RunningServer.start(OfficeServer(backend: fixture.backend, tokens: OfficeFixture.tokens,
                                                                logger: OfficeFixture.quietLogger))
        let backend = RemoteBackend(server.transport(wait: .seconds(1)))
        let ticket = try await submit(backend, fixture)
        #expect(try await backend.confirmationStatus(ticket.id) == .pending(expiresAt: ticket.expiresAt))
        let captcha = try await RawHTTP.call(server, "newCaptcha", body: #""picture""#, query: "?espera=20")
        #expect(captcha.status == 200)
    }

    /// A stop ends the waiting calls (they answer what they have) instead of waiting for them.
    @Test func stoppingTheServerAnswersTheWaitingCalls() async throws {
        let fixture = try OfficeFixture()
        let server = try await RunningServer.start(OfficeServer(backend: fixture.backend, tokens: OfficeFixture.tokens,
                                                                logger: OfficeFixture.quietLogger, recheck: .seconds(60)))
        let ticket = try await submit(RemoteBackend(server.transport()), fixture)
        let body = String(decoding: try JSONEncoder().encode(ticket.id), as: UTF8.self)
        let waiting = Task { try await RawHTTP.call(server, "confirmationStatus", body: body, query: "?espera=20") }
        try await Task.sleep(for: .milliseconds(300))
        await server.stop()
        let answer = try await waiting.value
        #expect(answer.status == 200)
        #expect(try JSONDecoder().decode(ConfirmationStatus.self, from: answer.body) == .pending(expiresAt: ticket.expiresAt))
    }

    /// The pipe to the wizard's service allows a waiting call its wait on top of the usual deadline.
    @Test func onlyTheWaitingScreensCallWaits() {
        #expect(BackendAPI.calls.filter { $0.waits }.map { $0.name } == [BackendAPI.ConfirmationStatus.name])
        #expect(BackendAPI.ConfirmationStatus.isSettled?(.pending(expiresAt: Date())) == false)
        #expect(BackendAPI.ConfirmationStatus.isSettled?(.confirmed) == true)
        #expect(BackendAPI.ConfirmationStatus.isSettled?(.expired) == true)
    }
}
