import Crypto
import EmbeddedBackend
import Foundation
import HTTPTypes
import Hummingbird
import Logging
import NIOCore
import NSSCore

/// `POST /v1/llamadas/<call>`: every call of `BackendAPI`, by its name, through `BackendWire` — the
/// input as the JSON body, the output as the JSON answer, a refusal as a problem. There is no handler
/// per call: adding a call to `BackendAPI` adds it here.
///
/// - The terminal is named by its bearer token (401 without a valid one), and the audit log names it.
/// - A call that may wait (`BackendCall.isSettled`) waits with `?espera=<s>` (at most
///   `CallWaiting.longest`) until its answer is settled; other calls ignore it.
/// - A call that must not run twice and comes with an `Idempotency-Key` is run once per key: a repeat
///   gets the first answer, kept in the store.
/// - Each terminal may make `ServerLimits.callsPerMinute` calls, and each CURP may be submitted
///   `submissionsPerCURPPerHour` times from all terminals together: beyond, 429 with `Retry-After`.
struct CallRoute: Sendable {
    let backend: EmbeddedBackend
    let tokens: TerminalTokens
    let changes: ChangeSignal
    let logger: Logger
    let limits: ServerLimits
    let limiter: TerminalRateLimiter
    let metrics: ServerMetrics

    static let path = "\(HTTPAPI.callsPath)/:call"
    /// The largest body taken: every input is a few hundred bytes.
    static let largestInput = 64 * 1024
    static let idempotencyHeader = HTTPField.Name(HTTPAPI.idempotencyHeader)!

    func answer(_ request: Request, context: some RequestContext) async throws -> Response {
        let terminal = try authenticate(request)
        if let wait = limiter.admit(terminal) {
            metrics.refused(limit: "terminal", terminal: terminal)
            throw Problem.tooManyCalls(wait: wait)
        }
        let name = context.parameters.get("call") ?? ""
        guard let call = BackendAPI.call(named: name) else { throw Problem.unknownCall(name) }
        let waiting = try waiting(for: call, request)
        var request = request
        let input: ByteBuffer
        do {
            input = try await request.collectBody(upTo: Self.largestInput)
        } catch is NIOTooManyBytesError {
            throw Problem.tooLarge(Self.largestInput)
        } catch {
            // The body could not be read as HTTP frames it (a chunk's size that is not hexadecimal, a chunk
            // longer than it said, the connection cut mid-body): the request is wrong, not too large.
            throw Problem.malformedBody
        }
        let body = Data(input.readableBytesView)
        let key = try idempotencyKey(request, for: call)
        let limit = submissionLimit(call, body)
        return await CallOrigin.calling(as: CallOrigin.Credential(name: terminal, isKiosk: tokens.isKiosk(terminal))) {
            guard let key else { return await run(call, body, waiting: waiting, terminal: terminal, limit: limit).response }
            return await runOnce(call, body, terminal: terminal, limit: limit,
                                 key: IdempotentCall(terminal: terminal, key: key, call: call.name,
                                                     fingerprint: Self.fingerprint(call.name, body)))
        }
    }

    /// The terminal whose bearer token the request carries.
    private func authenticate(_ request: Request) throws -> String {
        guard let token = BearerToken.presented(in: request.headers), let terminal = tokens.terminal(presenting: token) else {
            throw Problem.unauthorized
        }
        return terminal
    }

    private func waiting(for call: any BackendCall.Type, _ request: Request) throws -> BackendWire.Waiting? {
        guard let text = request.uri.queryParameters.get(HTTPAPI.waitQuery) else { return nil }
        guard let seconds = Int(text), seconds >= 0 else { throw Problem.badWait }
        guard call.waits, seconds > 0 else { return nil }
        let wait = min(Duration.seconds(seconds), CallWaiting.longest)
        return BackendWire.Waiting(until: ContinuousClock.now + wait, watch: changes)
    }

    private func idempotencyKey(_ request: Request, for call: any BackendCall.Type) throws -> String? {
        guard let key = request.headers[Self.idempotencyHeader] else { return nil }
        guard (1...128).contains(key.count), key.unicodeScalars.allSatisfy({ $0.value > 0x20 && $0.value < 0x7F }) else {
            throw Problem.badKey
        }
        // A call that is safe to repeat needs no key: it simply runs again.
        return call.needsIdempotencyKey ? key : nil
    }

    /// What running a call answered: its output, or a problem.
    private enum Answer {
        case output(Data)
        case problem(Problem)

        var response: Response {
            switch self {
            case .output(let data): CallRoute.json(status: .ok, Array(data))
            case .problem(let problem): problem.response
            }
        }
    }

    /// `limit`: the submission's limit to count first, nil when there is none or it was counted already.
    private func run(_ call: any BackendCall.Type, _ body: Data, waiting: BackendWire.Waiting?, terminal: String,
                     limit: SubmissionLimit?) async -> Answer {
        if let limit, let refusal = await admit(limit, terminal: terminal) { return .problem(refusal) }
        if waiting != nil { metrics.waiting.increment() }
        defer { if waiting != nil { metrics.waiting.decrement() } }
        switch await BackendWire.perform(call.name, input: body, on: backend, waiting: waiting,
                                          admit: { [backend] subject in try await backend.admit(subject) }) {
        case .output(let data):
            // A call that must not run twice changes an application: calls waiting on one look again.
            if call.needsIdempotencyKey { changes.notify() }
            return .output(data)
        case .failure(let error):
            if !Problem.isFinal(error) { metrics.storeErrors.increment() }
            return .problem(Problem.refusal(error))
        case .unknownCall(let name): return .problem(Problem.unknownCall(name))
        case .badInput(let name): return .problem(Problem.badInput(name))
        }
    }

    /// The office's limit of submissions per CURP (counted in the store, so it holds across terminals and
    /// server processes) that this call is counted against: nil when it is not a submission. An input
    /// that is not a submission's is left to the call, which refuses it as such.
    private func submissionLimit(_ call: any BackendCall.Type, _ body: Data) -> SubmissionLimit? {
        guard call == BackendAPI.Submit.self,
              let request = try? JSONDecoder().decode(ApplicationRequest.self, from: body) else { return nil }
        return SubmissionLimit(curp: request.curp, count: limits.submissionsPerCURPPerHour, window: 3600)
    }

    /// Counts a submission against its limit: the refusal when it is over it, nil when it may go ahead.
    private func admit(_ limit: SubmissionLimit, terminal: String) async -> Problem? {
        do {
            guard let until = try await backend.admitSubmission(limit) else { return nil }
            return refusal(until: until, terminal: terminal)
        } catch let error as BackendError {
            metrics.storeErrors.increment()
            return Problem.refusal(error)
        } catch {
            metrics.storeErrors.increment()
            return Problem.internalFailure(reference: "limite")
        }
    }

    private func refusal(until: Date, terminal: String) -> Problem {
        metrics.refused(limit: "curp", terminal: terminal)
        return Problem.tooManySubmissions(until: until, now: backend.configuration.clock())
    }

    /// Runs a keyed call once: a repeat of its key gets the answer kept from the first run. A submission's
    /// limit is counted with the claim, in its transaction.
    private func runOnce(_ call: any BackendCall.Type, _ body: Data, terminal: String, limit: SubmissionLimit?,
                         key: IdempotentCall) async -> Response {
        let claim: IdempotencyClaim
        do {
            claim = try await backend.claim(key, counting: limit)
        } catch let error as BackendError {
            return Problem.refusal(error).response
        } catch {
            return Problem.internalFailure(reference: "clave").response
        }
        switch claim {
        case .answered(let status, let answer):
            return status == 200 ? Self.json(status: .ok, answer)
                : Response(status: HTTPResponse.Status(code: status),
                           headers: [.contentType: Problem.mediaType, .cacheControl: "no-store"],
                           body: ResponseBody(byteBuffer: ByteBuffer(bytes: answer)))
        case .underWay: return Problem.inProgress.response
        case .otherCall: return Problem.keyReused.response
        case .limited(let until): return refusal(until: until, terminal: terminal).response
        case .run: break
        }
        let answer = await run(call, body, waiting: nil, terminal: terminal, limit: nil)
        let kept: (status: Int, body: [UInt8])?
        switch answer {
        case .output(let data): kept = (200, Array(data))
        case .problem(let problem) where problem.code == Problem.tooManySubmissionsCode:
            kept = nil   // the call did not run: after the wait, the same key runs it
        case .problem(let problem):
            kept = problem.error.map(Problem.isFinal) == true ? (problem.status.code, problem.body) : nil
        }
        if let kept {
            do {
                try await backend.record(key, status: kept.status, answer: kept.body)
            } catch {
                // The call's own answer still goes out; a repeat would run it again (each such call is safe
                // to run again once: a used captcha refuses, Paso 2 gives the same NSS).
                logger.error("idempotent answer not kept", metadata: ["call": "\(call.name)"])
                await backend.release(key)
            }
        } else {
            await backend.release(key)
        }
        return answer.response
    }

    static func json(status: HTTPResponse.Status, _ body: [UInt8]) -> Response {
        Response(status: status, headers: [.contentType: "application/json", .cacheControl: "no-store"],
                 body: ResponseBody(byteBuffer: ByteBuffer(bytes: body)))
    }

    /// A digest of the call and its input, which a key stands for.
    static func fingerprint(_ name: String, _ body: Data) -> String {
        var hasher = SHA256()
        hasher.update(data: Data(name.utf8))
        hasher.update(data: Data([0]))
        hasher.update(data: body)
        return hasher.finalize().map { String(format: "%02x", $0) }.joined()
    }
}
