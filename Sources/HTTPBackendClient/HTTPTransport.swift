import AsyncHTTPClient
import Foundation
import NIOCore
import NIOHTTP1
import NSSCore

/// The backend's calls carried to the office server over HTTP (`POST /v1/llamadas/<call>`, the input as
/// the JSON body, the output as the JSON answer, a refusal as a problem whose `error` is the
/// `BackendError`), with this terminal's credential.
///
/// When the server cannot be reached or answers through its proxy that it is unavailable, the call is
/// tried again after 0.2 s, 0.4 s, 0.8 s… while `budget` allows; then it fails as `.unreachable` (the
/// screens say nothing was lost). Every attempt of a call that must not run twice carries the same
/// idempotency key, so a lost answer is never a second application or a second Paso 2. A call that may
/// wait (the waiting screen's) asks the server to hold it until its answer changes. When the server says
/// this terminal made too many calls and to wait a moment (`Retry-After` of a few seconds), the call waits
/// that long and goes again, within the same budget; a longer wait is the person's to know (the screen
/// says until when), and nothing typed is lost.
public struct HTTPTransport: BackendTransport {
    /// The server's address (`https://oficina.example`); the API is under `v1/`.
    public let server: URL
    private let token: String
    private let client: HTTPClient
    /// How long one attempt may take (a waiting call has `wait` more).
    public var attemptTimeout: Duration
    /// How long a call may take over all its attempts. Below the wizard's own deadline for a call of its
    /// service (15 s), so the person hears «no hay conexión» from here, not from a service replaced.
    public var budget: Duration
    /// How long a call that may wait asks the server to hold it, in whole seconds (at most
    /// `CallWaiting.longest`, which the wizard's deadline allows for).
    public var wait: Duration

    /// The largest answer read (a document is ~60 KB of PDF, a third more as JSON).
    static let largestAnswer = 8 * 1024 * 1024

    public init(server: URL, token: String, client: HTTPClient = .shared, attemptTimeout: Duration = .seconds(8),
                budget: Duration = .seconds(12), wait: Duration = CallWaiting.longest) {
        self.server = server
        self.token = token
        self.client = client
        self.attemptTimeout = attemptTimeout
        self.budget = budget
        self.wait = min(wait, CallWaiting.longest)
    }

    /// Checks a server address given on a command line: http or https with a host; plain http only to
    /// this machine (a credential must not cross a network in clear). Nil when it will do; else why not.
    public static func problem(with address: String) -> String? {
        guard let url = URL(string: address), let scheme = url.scheme?.lowercased(), let host = url.host, !host.isEmpty,
              ["http", "https"].contains(scheme) else {
            return "La dirección del servidor «\(address)» no es válida: escribe https://servidor…"
        }
        if scheme == "http" && !["127.0.0.1", "localhost", "::1", "[::1]"].contains(host.lowercased()) {
            return "La dirección del servidor «\(address)» no cifra la conexión: usa https:// (http:// sólo para este mismo equipo)."
        }
        return nil
    }

    public func call<Call: BackendCall>(_ call: Call.Type, _ input: Call.Input) async throws -> Call.Output {
        let body: Data
        do { body = try BackendWire.encode(input) } catch { throw BackendError.internalError(reference: "llamada") }
        var request = HTTPClientRequest(url: url(for: Call.self))
        request.method = .POST
        request.headers.add(name: "Authorization", value: "Bearer \(token)")
        request.headers.add(name: "Content-Type", value: "application/json")
        request.headers.add(name: "Accept", value: "application/json")
        if Call.needsIdempotencyKey { request.headers.add(name: HTTPAPI.idempotencyHeader, value: Self.newKey()) }
        request.body = .bytes(ByteBuffer(bytes: body))
        let timeout = attemptTimeout + (Call.waits ? wait : .zero)
        let clock = ContinuousClock()
        let end = clock.now + budget + (Call.waits ? wait : .zero)
        var pause = Duration.milliseconds(200)
        while true {
            switch await attempt(request, timeout: timeout) {
            case .output(let data):
                return try BackendWire.decode(Call.Output.self, from: data)
            case .refusal(let error):
                throw error
            case .tryAgain:
                guard clock.now + pause < end else { throw BackendError.unreachable }
                try? await Task.sleep(for: pause)
                if Task.isCancelled { throw BackendError.unreachable }
                pause = min(pause * 2, .seconds(2))
            case .slowDown(let wait, let error):
                guard wait <= Self.longestSlowDown, clock.now + wait < end else { throw error }
                try? await Task.sleep(for: wait)
                if Task.isCancelled { throw error }
            }
        }
    }

    private enum Attempt {
        case output(Data)
        case refusal(BackendError)
        case tryAgain
        /// This terminal's limit of calls: `wait`, then the same call again; `error` if it cannot wait.
        case slowDown(Duration, BackendError)
    }

    /// The longest `Retry-After` of the terminal's limit a call waits out by itself.
    static let longestSlowDown: Duration = .seconds(3)
    /// The server's `codigo` for a terminal over its limit of calls.
    static let tooManyCallsCode = "too-many-calls"

    private func attempt(_ request: HTTPClientRequest, timeout: Duration) async -> Attempt {
        let response: HTTPClientResponse
        let body: ByteBuffer
        do {
            response = try await client.execute(request, timeout: .milliseconds(Int64(timeout / .milliseconds(1))))
            body = try await response.body.collect(upTo: Self.largestAnswer)
        } catch {
            // Refused, reset, timed out, cut short: the server is not there right now.
            return .tryAgain
        }
        let data = Data(body.readableBytesView)
        if response.status == .ok { return .output(data) }
        if let problem = try? JSONDecoder().decode(ProblemAnswer.self, from: data) {
            if response.status.code == 429, problem.codigo == Self.tooManyCallsCode, let error = problem.error,
               let seconds = response.headers.first(name: "Retry-After").flatMap({ Int($0) }), seconds >= 0 {
                return .slowDown(.seconds(seconds), error)
            }
            if let error = problem.error { return .refusal(error) }
            // The same key is still running on the server (a repeat came before the first answer).
            if problem.codigo == HTTPAPI.inProgressCode { return .tryAgain }
            return .refusal(.internalError(reference: problem.codigo ?? "HTTP \(response.status.code)"))
        }
        // Not the server's own answer: a proxy in front of a server that is down or restarting.
        if [502, 503, 504].contains(response.status.code) { return .tryAgain }
        return .refusal(.internalError(reference: "HTTP \(response.status.code)"))
    }

    private func url(for call: (some BackendCall).Type) -> String {
        var base = server.absoluteString
        while base.hasSuffix("/") { base.removeLast() }
        let query = call.waits ? "?\(HTTPAPI.waitQuery)=\(wait.components.seconds)" : ""
        return "\(base)/\(HTTPAPI.callsPath)/\(call.name)\(query)"
    }

    /// A fresh idempotency key: 128 random bits.
    static func newKey() -> String {
        var generator = SystemRandomNumberGenerator()
        return (0..<16).map { _ in String(UInt8.random(in: 0...255, using: &generator), radix: 16) }
            .map { $0.count == 1 ? "0" + $0 : $0 }.joined()
    }
}

/// The members of the server's problem answer this client reads.
struct ProblemAnswer: Decodable {
    var codigo: String?
    var error: BackendError?
}
