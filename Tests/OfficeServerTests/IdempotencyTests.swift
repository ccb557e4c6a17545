import EmbeddedBackend
import Foundation
import NSSCore
import OfficeServer
import Testing
import TestSupport

/// A call that must not run twice, sent again with the same idempotency key (its answer was lost on
/// the way), gets the first answer and is not run again.
@Suite(.runsPrograms) struct IdempotencyTests {
    let fixture: OfficeFixture
    let server: RunningServer

    init() async throws {
        fixture = try OfficeFixture()
        server = try await RunningServer.start(OfficeServer(backend: fixture.backend, tokens: OfficeFixture.tokens,
                                                            logger: OfficeFixture.quietLogger))
    }

    private func json(_ value: some Encodable) throws -> String {
        String(decoding: try JSONEncoder().encode(value), as: UTF8.self)
    }

    private func submitBody() async throws -> String {
        let captcha = try await RawHTTP.call(server, "newCaptcha", body: #""picture""#)
        let challenge = try JSONDecoder().decode(CaptchaChallenge.self, from: captcha.body)
        return try json(ApplicationRequest(curp: try fixture.curp(withNSS: false), email: try EmailAddress("ana.lopez@example.com"),
                                           captchaID: challenge.id, captchaAnswer: OfficeFixture.captchaAnswer))
    }

    private func applications() async throws -> Int {
        try await fixture.backend.auditEvents().filter { $0.step == .submission && $0.outcome == "hecho" }.count
    }

    @Test func aSubmissionRepeatedWithItsKeyIsOneApplication() async throws {
        let body = try await submitBody()
        let key = [("Idempotency-Key", "clave-de-envio-1")]
        let first = try await RawHTTP.call(server, "submit", body: body, headers: key)
        let second = try await RawHTTP.call(server, "submit", body: body, headers: key)
        #expect(first.status == 200)
        #expect(second.status == 200)
        #expect(first.body == second.body, "the same ticket")
        #expect(try await applications() == 1)
        let ticket = try JSONDecoder().decode(ApplicationTicket.self, from: first.body)
        #expect(try fixture.backend.maildir!.messageFiles().count == 1, "one confirmation email")
        // Without the key the same request is a second attempt with a used captcha.
        try expectProblem(try await RawHTTP.call(server, "submit", body: body), status: 409, code: "captcha-expired")
        #expect(ticket.emailDelivered)
    }

    @Test func aRefusalIsAnsweredAgainToItsKey() async throws {
        let body = try await submitBody()
        let ticket = try JSONDecoder().decode(ApplicationTicket.self, from: try await RawHTTP.call(server, "submit", body: body).body)
        let wrong = try json(CodeConfirmation(ticket.id, code: "ZZZZ-ZZZZ"))
        let key = [("Idempotency-Key", "clave-de-codigo-1")]
        let first = try await RawHTTP.call(server, "confirm", body: wrong, headers: key)
        let second = try await RawHTTP.call(server, "confirm", body: wrong, headers: key)
        try expectProblem(first, status: 422, code: "code-wrong")
        #expect(first.body == second.body, "the same attempts left: the repeat spent none")
        let third = try await RawHTTP.call(server, "confirm", body: wrong)
        #expect(third.body != first.body, "a new attempt spends one more")
    }

    @Test func aKeySentWithAnotherInputIsRefused() async throws {
        let key = [("Idempotency-Key", "clave-reusada")]
        _ = try await RawHTTP.call(server, "finishProcedure", body: #""uno""#, headers: key)
        try expectProblem(try await RawHTTP.call(server, "finishProcedure", body: #""dos""#, headers: key),
                          status: 422, code: "idempotency-key-reused")
        // Another terminal's keys are its own.
        let other = try await RawHTTP.call(server, "finishProcedure", body: #""dos""#, token: OfficeFixture.otherToken, headers: key)
        try expectProblem(other, status: 404, code: "application-not-found")
    }

    /// An answer is kept an hour: after it, the key is new again, whether or not its row was cleared yet.
    @Test func aKeyOlderThanAnHourIsNewAgain() async throws {
        let key = [("Idempotency-Key", "clave-de-ayer")]
        try expectProblem(try await RawHTTP.call(server, "finishProcedure", body: #""uno""#, headers: key),
                          status: 404, code: "application-not-found")
        fixture.clock.advance(by: 30)
        try expectProblem(try await RawHTTP.call(server, "finishProcedure", body: #""dos""#, headers: key),
                          status: 422, code: "idempotency-key-reused")
        // Expired rows are cleared at most once a minute: this clearing, 59 minutes 50 seconds on, keeps it…
        fixture.clock.advance(by: 3560)
        _ = try await RawHTTP.call(server, "finishProcedure", body: #""tres""#, headers: [("Idempotency-Key", "otra-clave")])
        // …and twenty seconds later it is over an hour old, still there, and new again.
        fixture.clock.advance(by: 20)
        let body = try await submitBody()
        let later = try await RawHTTP.call(server, "submit", body: body, headers: key)
        #expect(later.status == 200, "\(later.text)")
        #expect(try await RawHTTP.call(server, "submit", body: body, headers: key).body == later.body, "and kept again")
    }

    @Test func aPasoDosRepeatedWithItsKeyGivesTheSameResultAfterARestart() async throws {
        let body = try await submitBody()
        let ticket = try JSONDecoder().decode(ApplicationTicket.self, from: try await RawHTTP.call(server, "submit", body: body).body)
        try await fixture.backend.confirm(ticket.id, code: try fixture.code(ticket.id))
        _ = try await fixture.backend.startProcedure(ticket.id)
        let key = [("Idempotency-Key", "paso-2-\(ticket.id.rawValue)")]
        let id = try json(ticket.id)
        let first = try await RawHTTP.call(server, "finishProcedure", body: id, headers: key)
        #expect(first.status == 200)
        await server.stop()
        let restarted = try await RunningServer.start(OfficeServer(backend: try fixture.another(), tokens: OfficeFixture.tokens,
                                                                   logger: OfficeFixture.quietLogger))
        let second = try await RawHTTP.call(restarted, "finishProcedure", body: id, headers: key)
        #expect(second.body == first.body)
        let paso2 = try await fixture.backend.auditEvents().filter { $0.step == .finish }
        #expect(paso2.count == 1, "Paso 2 ran once: \(paso2)")
    }

    /// Calls that are safe to repeat need no key and keep none.
    @Test func theCallsThatMustNotRunTwiceAreTheOnesThatChangeAnApplication() {
        #expect(Set(BackendAPI.calls.filter { $0.needsIdempotencyKey }.map { $0.name })
            == ["submit", "confirm", "resendConfirmation", "finishProcedure", "emailDocuments"])
    }
}
