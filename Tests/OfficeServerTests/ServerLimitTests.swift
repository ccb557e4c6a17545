import EmbeddedBackend
import Foundation
import HTTPBackendClient
import KioskSettings
import NSSCore
@testable import OfficeServer
import Testing
import TestSupport

/// The office server's rate limits: a terminal that calls too often, and a CURP submitted too often from
/// any terminal, get 429 with `Retry-After` and a Spanish problem whose `error` the wizard words.
@Suite(.runsPrograms) struct ServerLimitTests {
    let fixture: OfficeFixture

    init() throws {
        fixture = try OfficeFixture()
    }

    private func server(callsPerMinute: Int = 1000, submissions: Int = 10, on backend: EmbeddedBackend? = nil) async throws -> RunningServer {
        try await RunningServer.start(OfficeServer(backend: backend ?? fixture.backend, tokens: OfficeFixture.tokens,
                                                   logger: OfficeFixture.quietLogger,
                                                   limits: ServerLimits(callsPerMinute: callsPerMinute,
                                                                        submissionsPerCURPPerHour: submissions)))
    }

    private func submitBody(_ server: RunningServer, curp: CURP, token: String = OfficeFixture.token) async throws -> String {
        let captcha = try await RawHTTP.call(server, "newCaptcha", body: #""picture""#, token: token)
        let challenge = try JSONDecoder().decode(CaptchaChallenge.self, from: captcha.body)
        let request = ApplicationRequest(curp: curp, email: try EmailAddress("ana.lopez@example.com"), captchaID: challenge.id,
                                         captchaAnswer: OfficeFixture.captchaAnswer)
        return String(decoding: try JSONEncoder().encode(request), as: UTF8.self)
    }

    /// The bucket of a terminal, on a clock the test moves: a burst of as many calls as the minute allows,
    /// then one call per 60/n seconds.
    @Test func aTerminalsBucketTakesABurstThenTheRefillRate() {
        let limiter = TerminalRateLimiter(callsPerMinute: 60)
        let start = ContinuousClock.now
        for _ in 0..<60 { #expect(limiter.admit("kiosko-1", now: start) == nil) }
        #expect(limiter.admit("kiosko-1", now: start) == .seconds(1))
        #expect(limiter.admit("kiosko-2", now: start) == nil, "each terminal has its own")
        let wait = limiter.admit("kiosko-1", now: start + .milliseconds(400))
        #expect(wait.map { (Duration.milliseconds(599)...Duration.milliseconds(601)).contains($0) } == true, "\(String(describing: wait))")
        #expect(limiter.admit("kiosko-1", now: start + .seconds(1)) == nil)
        #expect(limiter.admit("kiosko-1", now: start + .seconds(1)) != nil)
        #expect(limiter.admit("kiosko-1", now: start + .seconds(1000)) == nil, "a quiet terminal has its burst again")
    }

    @Test func aTerminalOverItsCallsGets429WithRetryAfterAndTheOtherTerminalDoesNot() async throws {
        // One call a minute: the second, however slow the machine, comes before the first is regained.
        let server = try await server(callsPerMinute: 1)
        #expect(try await RawHTTP.call(server, "newCaptcha", body: #""picture""#).status == 200)
        let refused = try await RawHTTP.call(server, "newCaptcha", body: #""picture""#)
        try expectProblem(refused, status: 429, code: "too-many-calls")
        let retryAfter = try #require(refused.headers["Retry-After"].first.flatMap { Int($0) })
        #expect((1...60).contains(retryAfter), "one call comes back every 60 s: \(retryAfter)")
        let detail = try refused.json()["detail"] as? String ?? ""
        #expect(detail.contains("demasiadas llamadas") && detail.contains("no se perdió nada"), "\(detail)")
        // The wizard reads the refusal it carries: «Demasiados intentos. Vuelve a intentarlo a las…».
        let error = try JSONDecoder().decode(ErrorMember.self, from: refused.body).error
        guard case .tooManyAttempts = error else { Issue.record("\(error)"); return }
        #expect(error.message.hasPrefix("Demasiados intentos. Vuelve a intentarlo a las "))
        // Another terminal has its own allowance.
        #expect(try await RawHTTP.call(server, "newCaptcha", body: #""picture""#, token: OfficeFixture.otherToken).status == 200)
        // A request without a valid token is refused as such, not counted against a terminal.
        try expectProblem(try await RawHTTP.call(server, "newCaptcha", body: #""picture""#, token: nil), status: 401, code: "unauthorized")
    }

    /// The wizard's service waits out a short `Retry-After` by itself: a burst over the limit only slows
    /// the calls down, and none fails.
    @Test func theRemoteBackendWaitsOutAShortRetryAfter() async throws {
        let server = try await server(callsPerMinute: 60)
        let backend = RemoteBackend(server.transport())
        for _ in 0..<63 {
            _ = try await backend.newCaptcha(.picture)
        }
    }

    @Test func aCURPSubmittedTooOftenFromAnyTerminalOrServerGets429() async throws {
        let first = try await server(submissions: 2)
        // A second server process on the same store (another backend on the same data directory).
        let second = try await server(submissions: 2, on: try fixture.another())
        let curp = try fixture.curp(withNSS: false)
        #expect(try await RawHTTP.call(first, "submit", body: try await submitBody(first, curp: curp)).status == 200)
        #expect(try await RawHTTP.call(second, "submit", body: try await submitBody(second, curp: curp, token: OfficeFixture.otherToken),
                                       token: OfficeFixture.otherToken).status == 200)
        let refused = try await RawHTTP.call(first, "submit", body: try await submitBody(first, curp: curp),
                                             headers: [("Idempotency-Key", "clave-tercera")])
        try expectProblem(refused, status: 429, code: "too-many-submissions")
        let retryAfter = try #require(refused.headers["Retry-After"].first.flatMap { Int($0) })
        #expect(retryAfter > 3000 && retryAfter <= 3600, "\(retryAfter)")
        let error = try JSONDecoder().decode(ErrorMember.self, from: refused.body).error
        #expect(error == .tooManyAttempts(retryAfter: fixture.clock.now.addingTimeInterval(3600)))
        // Another CURP goes ahead.
        let other = try fixture.backend.listRegistry(limit: 100).filter { $0.nss == nil }.map(\.curp).first { $0 != curp }!
        #expect(try await RawHTTP.call(second, "submit", body: try await submitBody(second, curp: other)).status == 200)
        // An hour later the CURP may be submitted again, with the same key: a refusal by the limit is not
        // kept as the key's answer (the call did not run).
        fixture.clock.advance(by: 3601)
        let later = try await RawHTTP.call(first, "submit", body: try await submitBody(first, curp: curp),
                                           headers: [("Idempotency-Key", "clave-tercera")])
        #expect(later.status == 200, "\(later.text)")
    }

    @Test func theLimitsAreSettingsOfTheConfigurationFile() throws {
        let settings = KioskSettings().applying([.serverCallsPerMinute: .integer(300), .serverSubmissionsPerCURP: .integer(4)],
                                                from: .environment(variable: "x"))
        #expect(ServerLimits(settings) == ServerLimits(callsPerMinute: 300, submissionsPerCURPPerHour: 4))
        #expect(ServerLimits() == ServerLimits(callsPerMinute: 120, submissionsPerCURPPerHour: 10))
        #expect(Setting.serverCallsPerMinute.name == "servidor.llamadas_por_minuto")
        #expect(Setting.serverSubmissionsPerCURP.environmentVariable == "NSS_KIOSK_SERVIDOR_SOLICITUDES_POR_CURP_POR_HORA")
        guard case .failure(let problem) = Setting.serverCallsPerMinute.parse("3") else {
            Issue.record("3 calls a minute would stop a person")
            return
        }
        #expect(problem.message.contains("de 10 a"))
    }

    private struct ErrorMember: Decodable {
        let error: BackendError
    }
}
