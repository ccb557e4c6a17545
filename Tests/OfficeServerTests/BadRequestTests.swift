import EmbeddedBackend
import Foundation
import NIOHTTP1
import NSSCore
import OfficeServer
import Testing
import TestSupport

/// What a request that is not a terminal's proper call gets: the documented problem, with the right
/// status and a Spanish detail, never a 5xx or a trace.
@Suite(.runsPrograms) struct BadRequestTests {
    let fixture: OfficeFixture
    let server: RunningServer

    init() async throws {
        fixture = try OfficeFixture()
        // A request's time far beyond any answer here: a malformed body never ends, so its connection is
        // held to that time until it is answered, and the whole suite on two cores can take seconds to.
        var limits = ServerLimits()
        limits.requestTimeout = .seconds(300)
        server = try await RunningServer.start(OfficeServer(backend: fixture.backend, tokens: OfficeFixture.tokens,
                                                            logger: OfficeFixture.quietLogger, limits: limits))
    }

    @Test func aCallWithoutATokenIsUnauthorized() async throws {
        let answer = try await RawHTTP.call(server, "newCaptcha", body: #""picture""#, token: nil)
        try expectProblem(answer, status: 401, code: "unauthorized")
        #expect(answer.headers["WWW-Authenticate"].first?.hasPrefix("Bearer") == true)
    }

    @Test(arguments: ["credencial-que-nadie-tiene-0123456789", OfficeFixture.token + "x", String(OfficeFixture.token.dropLast()), ""])
    func aCallWithAWrongTokenIsUnauthorized(_ token: String) async throws {
        try expectProblem(try await RawHTTP.call(server, "newCaptcha", body: #""picture""#, token: token),
                          status: 401, code: "unauthorized")
    }

    @Test func aTokenOutsideABearerFieldIsUnauthorized() async throws {
        let answer = try await RawHTTP.call(server, "newCaptcha", body: #""picture""#, token: nil,
                                            headers: [("Authorization", "Basic \(OfficeFixture.token)")])
        try expectProblem(answer, status: 401, code: "unauthorized")
    }

    @Test func eachTerminalsTokenIsAccepted() async throws {
        for token in [OfficeFixture.token, OfficeFixture.otherToken] {
            let answer = try await RawHTTP.call(server, "newCaptcha", body: #""spelled""#, token: token)
            #expect(answer.status == 200)
            #expect(answer.contentType == "application/json")
            let challenge = try JSONDecoder().decode(CaptchaChallenge.self, from: answer.body)
            #expect(challenge.kind == .spelled)
        }
    }

    @Test func anUnknownCallIsNotFoundAndListsTheCalls() async throws {
        let answer = try await RawHTTP.call(server, "borrarTodo", body: "{}")
        try expectProblem(answer, status: 404, code: "unknown-call")
        let detail = try answer.json()["detail"] as? String ?? ""
        for call in BackendAPI.calls { #expect(detail.contains(call.name)) }
    }

    @Test(arguments: ["{", "", "null", #"{"curp":"XORC070223MYNLDLA6"}"#, #""captcha""#, "[1,2,3]"])
    func aBodyThatIsNotTheCallsInputIsABadRequest(_ body: String) async throws {
        try expectProblem(try await RawHTTP.call(server, "submit", body: body), status: 400, code: "bad-input")
    }

    /// Any credential's holder can send an identifier; the log names it. One no backend issues — a line
    /// break that would forge a log line, an escape sequence, a page of text — is refused as input.
    @Test(arguments: [
        ("documentLinks", #""zz\n2026-12-06T10:00:00+0000 critical nss-kiosk.server: forged""#),
        ("confirmationStatus", #""abc\u001b[31m""#),
        ("startProcedure", "\"" + String(repeating: "a", count: IssuedIdentifier.longest + 1) + "\""),
        ("startProcedure", #""solicitud-de-año""#),
        ("document", #""17965509455555191925062-constancia\r""#),
        ("submit", #"{"curp":"XORC070223MYNLDLA6","email":"ana@example.com","captchaID":"x\ny","captchaAnswer":"y"}"#),
    ])
    func anIdentifierNoBackendIssuesIsABadRequest(_ call: String, _ body: String) async throws {
        try expectProblem(try await RawHTTP.call(server, call, body: body), status: 400, code: "bad-input")
    }

    @Test func anInvalidCURPInTheBodyIsABadRequest() async throws {
        let body = #"{"curp":"NOESUNACURP","email":"ana@example.com","captchaID":"x","captchaAnswer":"y"}"#
        try expectProblem(try await RawHTTP.call(server, "submit", body: body), status: 400, code: "bad-input")
    }

    @Test func anOversizedBodyIsRefusedUnread() async throws {
        let body = "\"" + String(repeating: "a", count: 200 * 1024) + "\""
        try expectProblem(try await RawHTTP.call(server, "lookupCURP", body: body), status: 413, code: "too-large")
    }

    @Test func anUnknownAddressAndAWrongMethodAreProblemsToo() async throws {
        try expectProblem(try await RawHTTP.send(.GET, server.base.absoluteString + "/admin"), status: 404, code: "not-found")
        let get = try await RawHTTP.send(.GET, server.base.absoluteString + "/v1/llamadas/newCaptcha")
        try expectProblem(get, status: 405, code: "method-not-allowed")
        #expect(get.headers["Allow"].first == "POST")
        let delete = try await RawHTTP.send(.DELETE, server.base.absoluteString + "/salud")
        try expectProblem(delete, status: 405, code: "method-not-allowed")
        #expect(delete.headers["Allow"].first == "GET, HEAD")
    }

    /// Every method an address does not take is 405 with the ones it does in `Allow` (OPTIONS too); an
    /// address that does not exist is 404 whatever the method.
    @Test(arguments: [
        ("/confirmar/AAAAAAAAAAAAAAAAAAAAAA", "GET, HEAD, POST"), ("/d/AAAAAAAAAAAAAAAAAAAAAAAA", "GET, HEAD, POST"),
        ("/salud", "GET, HEAD"), ("/metricas", "GET, HEAD"), ("/v1/llamadas/newCaptcha", "POST"),
    ])
    func aMethodAnAddressDoesNotTakeIs405WithAllow(_ path: String, _ allowed: String) async throws {
        let taken = Set(allowed.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) })
        for method in [HTTPMethod.OPTIONS, .PUT, .DELETE, .PATCH, .GET, .POST, .HEAD] where !taken.contains(method.rawValue) {
            let answer = try await RawHTTP.send(method, server.base.absoluteString + path)
            #expect(answer.status == 405, "\(method) \(path)")
            #expect(answer.headers["Allow"].first == allowed, "\(method) \(path)")
            if method != .HEAD { try expectProblem(answer, status: 405, code: "method-not-allowed") }
        }
        let unknown = try await RawHTTP.send(.OPTIONS, server.base.absoluteString + "/otra/cosa")
        try expectProblem(unknown, status: 404, code: "not-found")
    }

    /// A chunked body whose chunks are not HTTP is a bad request, said as a problem; not «too large».
    @Test(arguments: ["ZZ\r\nabc\r\n0\r\n\r\n", "3\r\nabcdef\r\n0\r\n\r\n", "-5\r\nabc\r\n0\r\n\r\n"])
    func aMalformedChunkedBodyIsABadRequest(_ chunks: String) async throws {
        let port = server.port
        let token = OfficeFixture.token
        let text = try await onOwnThread { () throws -> String in
            let socket = try RawSocket(port: port)
            socket.send("POST /v1/llamadas/lookupCURP HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer \(token)\r\n"
                        + "Content-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n" + chunks)
            return socket.read(for: ConnectionLimitTests.patience).text
        }
        #expect(text.hasPrefix("HTTP/1.1 400 "), "\(text)")
        #expect(!text.contains(" 413 "), "\(text)")
        #expect(text.contains("application/problem+json"), "\(text)")
        #expect(text.contains("malformed-body"), "\(text)")
    }

    /// A head no parser reads, or headers over the limit, are problems too, and the connection is closed.
    static let badHeads: [String: (request: String, status: String, code: String)] = [
        "headers over 80 KiB": ("GET /salud HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Relleno: " + String(repeating: "a", count: 100 * 1024)
                                + "\r\n\r\n", "431", "headers-too-large"),
        "not HTTP": ("\u{01}\u{02} nada que ver\r\n\r\n", "400", "malformed-request"),
        "two lengths": ("GET /salud HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 5\r\nContent-Length: 7\r\n\r\n", "400",
                        "malformed-request"),
    ]

    @Test(arguments: badHeads.keys.sorted())
    func aHeadThatIsNotHTTPIsAProblem(_ name: String) async throws {
        let (request, status, code) = Self.badHeads[name]!
        let port = server.port
        let (text, closed) = try await onOwnThread { () throws -> (String, Bool) in
            let socket = try RawSocket(port: port)
            socket.send(request)
            return socket.read(for: ConnectionLimitTests.patience)
        }
        #expect(text.hasPrefix("HTTP/1.1 \(status) "), "\(text)")
        #expect(text.contains("application/problem+json"), "\(text)")
        #expect(text.contains(#""codigo":"\#(code)""#), "\(text)")
        #expect(closed)
    }

    /// A chunked body over the limit stays «too large».
    @Test func anOversizedChunkedBodyIsTooLarge() async throws {
        let port = server.port
        let token = OfficeFixture.token
        let text = try await onOwnThread { () throws -> String in
            let socket = try RawSocket(port: port)
            socket.send("POST /v1/llamadas/lookupCURP HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer \(token)\r\n"
                        + "Content-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n")
            let chunk = String(repeating: "a", count: 16 * 1024)
            for _ in 0..<5 { socket.send(String(chunk.utf8.count, radix: 16) + "\r\n" + chunk + "\r\n") }
            socket.send("0\r\n\r\n")
            return socket.read(for: ConnectionLimitTests.patience).text
        }
        #expect(text.hasPrefix("HTTP/1.1 413 "), "\(text)")
        #expect(text.contains("too-large"), "\(text)")
    }

    @Test func aWaitThatIsNotANumberIsABadRequest() async throws {
        let answer = try await RawHTTP.call(server, "confirmationStatus", body: #""x""#, query: "?espera=mucho")
        try expectProblem(answer, status: 400, code: "bad-wait")
    }

    @Test func aBadIdempotencyKeyIsABadRequest() async throws {
        let key = String(repeating: "k", count: 200)
        let answer = try await RawHTTP.call(server, "finishProcedure", body: #""x""#, headers: [("Idempotency-Key", key)])
        try expectProblem(answer, status: 400, code: "bad-idempotency-key")
    }

    /// The backend's refusals keep their own code and carry the `BackendError` for the remote backend.
    @Test func aRefusalOfTheBackendIsItsProblemWithTheErrorItself() async throws {
        let unknown = try await RawHTTP.call(server, "startProcedure", body: #""no-existe""#)
        try expectProblem(unknown, status: 404, code: "application-not-found")
        #expect(try JSONDecoder().decode(ErrorMember.self, from: unknown.body).error == .applicationNotFound)
        #expect(try unknown.json()["detail"] as? String == BackendError.applicationNotFound.message)

        let curp = try fixture.curp(withNSS: false)
        let challenge = try JSONDecoder().decode(CaptchaChallenge.self,
                                                 from: try await RawHTTP.call(server, "newCaptcha", body: #""picture""#).body)
        let request = ApplicationRequest(curp: curp, email: try EmailAddress("ana@example.com"), captchaID: challenge.id,
                                         captchaAnswer: "zzzzz")
        let wrong = try await RawHTTP.call(server, "submit", body: String(decoding: try JSONEncoder().encode(request), as: UTF8.self))
        try expectProblem(wrong, status: 422, code: "captcha-wrong")
        let again = try await RawHTTP.call(server, "submit", body: String(decoding: try JSONEncoder().encode(request), as: UTF8.self))
        try expectProblem(again, status: 409, code: "captcha-expired")
    }

    @Test func theHealthCheckSaysTheStoreAnswers() async throws {
        let answer = try await RawHTTP.send(.GET, server.base.absoluteString + "/salud")
        #expect(answer.status == 200)
        #expect(try answer.json()["estado"] as? String == "bien")
    }

    private struct ErrorMember: Decodable {
        let error: BackendError
    }
}
