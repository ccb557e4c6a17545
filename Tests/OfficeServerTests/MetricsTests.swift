import EmbeddedBackend
import Foundation
import NSSCore
import OfficeServer
import Testing
import TestSupport

/// `GET /metricas`: Prometheus's text format, for the metrics' own token only, with the answers by call
/// and status, their times, the held calls, the mail queue and the limits' refusals — and no personal
/// data in any label.
@Suite(.runsPrograms) struct MetricsTests {
    static let metricsToken = "credencial-de-metricas-0123456789abcdef"
    let fixture: OfficeFixture

    init() throws {
        fixture = try OfficeFixture()
    }

    private func server(metricsToken: String? = MetricsTests.metricsToken, callsPerMinute: Int = 1000) async throws -> RunningServer {
        try await RunningServer.start(OfficeServer(backend: fixture.backend, tokens: OfficeFixture.tokens, logger: OfficeFixture.quietLogger,
                                                   limits: ServerLimits(callsPerMinute: callsPerMinute, submissionsPerCURPPerHour: 10),
                                                   metricsToken: metricsToken))
    }

    private func scrape(_ server: RunningServer, token: String? = MetricsTests.metricsToken) async throws -> RawHTTP.Answer {
        try await RawHTTP.send(.GET, server.base.absoluteString + "/metricas",
                               headers: token.map { [("Authorization", "Bearer \($0)")] } ?? [])
    }

    /// The value of the sample `name{labels}` (labels as written), or nil.
    private func value(_ text: String, _ sample: String) -> Double? {
        text.split(separator: "\n").first { $0.hasPrefix(sample + " ") }.flatMap { Double($0.split(separator: " ").last!) }
    }

    @Test func onlyTheMetricsTokenReadsThem() async throws {
        let server = try await server()
        try expectProblem(try await scrape(server, token: nil), status: 401, code: "unauthorized")
        try expectProblem(try await scrape(server, token: OfficeFixture.token), status: 401, code: "unauthorized")
        try expectProblem(try await scrape(server, token: Self.metricsToken + "x"), status: 401, code: "unauthorized")
        let answer = try await scrape(server)
        #expect(answer.status == 200)
        #expect(answer.contentType == "text/plain; version=0.0.4; charset=utf-8")
        let unpublished = try await self.server(metricsToken: nil)
        try expectProblem(try await scrape(unpublished), status: 404, code: "not-found")
    }

    @Test func theAnswersTheirTimesTheQueueAndTheRefusalsAreCountedWithoutPersonalData() async throws {
        // Four calls a minute: the four below use them up, and the first call after them is refused.
        let server = try await server(callsPerMinute: 4)
        let curp = try fixture.curp(withNSS: false)
        let email = "ana.lopez@example.com"
        let captcha = try JSONDecoder().decode(CaptchaChallenge.self,
                                               from: try await RawHTTP.call(server, "newCaptcha", body: #""picture""#).body)
        let request = ApplicationRequest(curp: curp, email: try EmailAddress(email), captchaID: captcha.id,
                                         captchaAnswer: OfficeFixture.captchaAnswer)
        let submitted = try await RawHTTP.call(server, "submit", body: String(decoding: try JSONEncoder().encode(request), as: UTF8.self))
        #expect(submitted.status == 200)
        #expect(submitted.headers["Server-Timing"].first?.hasPrefix("app;dur=") == true, "the server's own time, for the benchmarks")
        let ticket = try JSONDecoder().decode(ApplicationTicket.self, from: submitted.body)
        try expectProblem(try await RawHTTP.call(server, "startProcedure", body: #""no-existe""#), status: 404, code: "application-not-found")
        // A call held by ?espera= is seen while it waits.
        let held = Task { try await RawHTTP.call(server, "confirmationStatus", body: "\"\(ticket.id.rawValue)\"", query: "?espera=20") }
        var during = ""
        for _ in 0..<100 where value(during, "nss_llamadas_en_espera") != 1 {
            try await Task.sleep(for: .milliseconds(50))
            during = try await scrape(server).text
        }
        #expect(value(during, "nss_llamadas_en_espera") == 1, "\(during)")
        let link = try fixture.link(ticket.id)
        #expect(try await server.open(link: link.absoluteString).status == 200)
        #expect(try await held.value.status == 200)
        // Over the terminal's limit: refused and counted (a call is regained every 15 s: on a machine that
        // slow, the next one is refused).
        var refused = 0
        for _ in 0..<100 where refused == 0 {
            if try await RawHTTP.call(server, "newCaptcha", body: #""spelled""#).status == 429 { refused += 1 }
        }
        #expect(refused == 1)

        let text = try await scrape(server).text
        #expect(value(text, #"nss_respuestas_total{ruta="submit",estado="200"}"#) == 1, "\(text)")
        #expect(value(text, #"nss_respuestas_total{ruta="startProcedure",estado="404"}"#) == 1)
        #expect(value(text, #"nss_respuestas_total{ruta="confirmar",estado="200"}"#) == 2, "the page and its button")
        #expect(value(text, #"nss_respuestas_total{ruta="newCaptcha",estado="429"}"#) == 1)
        #expect(value(text, #"nss_limites_rechazos_total{limite="terminal",terminal="kiosko-1"}"#) == 1)
        #expect(value(text, #"nss_respuesta_segundos_count{ruta="submit",retenida="no"}"#) == 1)
        #expect(value(text, #"nss_respuesta_segundos_count{ruta="confirmationStatus",retenida="si"}"#) == 1)
        #expect(value(text, "nss_llamadas_en_espera") == 0)
        #expect(value(text, "nss_correos_pendientes") == 0)
        #expect(value(text, "nss_errores_del_almacen_total") == 0)
        #expect(text.contains("# TYPE nss_respuesta_segundos histogram"))
        for secret in [curp.value, email, "ana.lopez", ticket.id.rawValue, OfficeFixture.token, link.lastPathComponent] {
            #expect(!text.contains(secret), "«\(secret)» in the metrics")
        }
    }

    /// An address a client made up is counted as «otra», never as itself.
    @Test func anUnknownAddressIsNotALabel() async throws {
        let server = try await server()
        _ = try await RawHTTP.send(.GET, server.base.absoluteString + "/XORC070223MYNLDLA6")
        _ = try await RawHTTP.call(server, "XORC070223MYNLDLA6", body: "{}")
        let text = try await scrape(server).text
        #expect(!text.contains("XORC070223MYNLDLA6"))
        #expect(value(text, #"nss_respuestas_total{ruta="otra",estado="404"}"#) == 2, "\(text)")
    }

    @Test func theMailQueueIsReadFromTheStore() async throws {
        let server = try await server()
        // The outbox cannot be written: the confirmation email stays queued, its delivery failed once.
        let outboxTmp = fixture.dataDirectory.appendingPathComponent("outbox/tmp")
        try FileManager.default.removeItem(at: outboxTmp)
        try Data().write(to: outboxTmp)
        let captcha = try JSONDecoder().decode(CaptchaChallenge.self,
                                               from: try await RawHTTP.call(server, "newCaptcha", body: #""picture""#).body)
        let request = ApplicationRequest(curp: try fixture.curp(withNSS: false), email: try EmailAddress("ana@example.com"),
                                         captchaID: captcha.id, captchaAnswer: OfficeFixture.captchaAnswer)
        #expect(try await RawHTTP.call(server, "submit", body: String(decoding: try JSONEncoder().encode(request), as: UTF8.self)).status == 200)
        let text = try await scrape(server).text
        #expect(value(text, "nss_correos_pendientes") == 1, "\(text)")
        #expect(value(text, "nss_correos_con_falla") == 1)
    }
}
