import Foundation
import HTTPTypes
import Hummingbird
import NSSCore

/// A refusal as the office server answers it: `application/problem+json` (RFC 9457) with a stable `type`
/// and `codigo`, the HTTP status, a Spanish `detail` for whoever reads it, and — for the backend's own
/// refusals — the `BackendError` itself as `error`, which the remote backend turns back into the same
/// refusal. Never a stack trace, a file name or a person's data.
struct Problem: Error, HTTPResponseError {
    var status: HTTPResponse.Status
    /// Stable, kebab-case: `captcha-wrong`, `unauthorized`, `unknown-call`…
    var code: String
    var detail: String
    var error: BackendError?
    /// Seconds after which trying again makes sense.
    var retryAfter: Int?

    static let mediaType = HTTPAPI.problemMediaType

    /// The `type` of a problem of this code.
    static func type(of code: String) -> String { "urn:nss-kiosk:problema:\(code)" }

    func response(from request: Request, context: some RequestContext) throws -> Response {
        response
    }

    var response: Response {
        var headers: HTTPFields = [.contentType: Self.mediaType, .cacheControl: "no-store"]
        if let retryAfter { headers[.retryAfter] = String(retryAfter) }
        if status == .unauthorized { headers[.wwwAuthenticate] = "Bearer realm=\"nss-kiosk\"" }
        return Response(status: status, headers: headers, body: ResponseBody(byteBuffer: ByteBuffer(bytes: body)))
    }

    var body: [UInt8] {
        let answer = Answer(type: Self.type(of: code), title: Self.title(of: status), status: status.code, detail: detail,
                            codigo: code, error: error)
        // Plain data that always encodes; the same bytes every time, so a repeat gets exactly the first answer.
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        return Array(try! encoder.encode(answer))
    }

    private struct Answer: Encodable {
        var type: String
        var title: String
        var status: Int
        var detail: String
        var codigo: String
        var error: BackendError?
    }

    /// A short title for the status, in Spanish.
    static func title(of status: HTTPResponse.Status) -> String {
        switch status.code {
        case 400: "Solicitud incorrecta"
        case 401: "Sin autorización"
        case 404: "No encontrado"
        case 405: "Método no permitido"
        case 409: "Conflicto"
        case 410: "Ya no está disponible"
        case 413: "Demasiado grande"
        case 422: "No se puede procesar"
        case 429: "Demasiados intentos"
        case 431: "Encabezados demasiado grandes"
        case 503: "Servicio no disponible"
        default: "Error del servicio"
        }
    }

    // MARK: - The backend's refusals

    /// A refusal of the backend: its code, its Spanish message, its status.
    static func refusal(_ error: BackendError, now: Date = Date()) -> Problem {
        var problem = Problem(status: status(of: error), code: error.code, detail: error.message, error: error)
        switch error {
        case .tooManyAttempts(let until): problem.retryAfter = max(1, Int(until.timeIntervalSince(now).rounded(.up)))
        case .storageFull: problem.retryAfter = 60
        default: break
        }
        return problem
    }

    static func status(of error: BackendError) -> HTTPResponse.Status {
        switch error {
        case .curpNotInRegistry, .captchaWrong, .codeWrong: .unprocessableContent
        case .captchaExpired, .confirmationExpired, .notConfirmed, .curpHasAnotherEmail, .outOfOrder: .conflict
        case .applicationNotFound: .notFound
        case .tooManyAttempts: .tooManyRequests
        case .unreachable, .storageFull: .serviceUnavailable
        case .internalError: .internalServerError
        }
    }

    /// Whether a refusal is the call's own answer, to be given again to a repeat of its idempotency key;
    /// the others (the store failed) are not, and a repeat runs the call again.
    static func isFinal(_ error: BackendError) -> Bool {
        switch error {
        case .unreachable, .storageFull, .internalError: false
        default: true
        }
    }

    // MARK: - The server's own

    static let unauthorized = Problem(
        status: .unauthorized, code: "unauthorized",
        detail: "Falta la credencial de la terminal o no es válida: revisa su archivo de credencial (--token-file).")

    static func unknownCall(_ name: String) -> Problem {
        Problem(status: .notFound, code: "unknown-call",
                detail: "No existe la llamada «\(shown(name))». Las llamadas son: "
                    + BackendAPI.calls.map { $0.name }.joined(separator: ", ") + ".")
    }

    static let notFound = Problem(status: .notFound, code: "not-found", detail: "No existe esa dirección en este servidor.")

    static let methodNotAllowed = Problem(status: .methodNotAllowed, code: "method-not-allowed",
                                          detail: "Esa dirección no acepta este método.")

    static func badInput(_ name: String) -> Problem {
        Problem(status: .badRequest, code: "bad-input",
                detail: "El cuerpo de la llamada «\(shown(name))» no es el JSON que espera.")
    }

    static func tooLarge(_ limit: Int) -> Problem {
        Problem(status: .contentTooLarge, code: "too-large",
                detail: "El cuerpo de la llamada es demasiado grande (el máximo es de \(limit / 1024) KiB).")
    }

    static let malformedBody = Problem(status: .badRequest, code: "malformed-body",
                                       detail: "El cuerpo de la solicitud está mal formado (sus trozos no son HTTP válido).")

    static let badWait = Problem(status: .badRequest, code: "bad-wait",
                                 detail: "«espera» debe ser un número entero de segundos.")

    static let badKey = Problem(status: .badRequest, code: "bad-idempotency-key",
                                detail: "La clave de idempotencia debe tener de 1 a 128 caracteres ASCII sin espacios.")

    static let keyReused = Problem(status: .unprocessableContent, code: "idempotency-key-reused",
                                   detail: "Esa clave de idempotencia ya se usó para otra llamada o con otros datos.")

    static let inProgress = Problem(status: .conflict, code: HTTPAPI.inProgressCode,
                                    detail: "Esta misma llamada todavía está en curso; inténtalo de nuevo en un momento.",
                                    retryAfter: 1)

    // MARK: - The rate limits and the metrics

    static let tooManyCallsCode = "too-many-calls"
    static let tooManySubmissionsCode = "too-many-submissions"

    /// A terminal that called more than its limit: the wizard reads the `error` as any «too many
    /// attempts» and says when to try again; its service first waits a short `Retry-After` by itself.
    static func tooManyCalls(wait: Duration, now: Date = Date()) -> Problem {
        let seconds = max(1, Int((Double(wait.components.seconds) + Double(wait.components.attoseconds) / 1e18).rounded(.up)))
        return Problem(status: .tooManyRequests, code: tooManyCallsCode,
                       detail: "Esta terminal hizo demasiadas llamadas en poco tiempo. Espera \(SpanishCount.of(seconds, "segundo", "segundos")) "
                           + "y vuelve a intentarlo; no se perdió nada de lo que escribiste.",
                       error: .tooManyAttempts(retryAfter: now.addingTimeInterval(TimeInterval(seconds))), retryAfter: seconds)
    }

    /// A CURP submitted more often than the office allows, from any terminal.
    static func tooManySubmissions(until: Date, now: Date = Date()) -> Problem {
        let error = BackendError.tooManyAttempts(retryAfter: until)
        return Problem(status: .tooManyRequests, code: tooManySubmissionsCode,
                       detail: "Esta CURP ya se usó en demasiadas solicitudes en la última hora. " + error.message,
                       error: error, retryAfter: max(1, Int(until.timeIntervalSince(now).rounded(.up))))
    }

    static let metricsOff = Problem(status: .notFound, code: "not-found",
                                    detail: "Este servidor no publica métricas: inícialo con --metrics-token-file.")

    static let metricsUnauthorized = Problem(
        status: .unauthorized, code: "unauthorized",
        detail: "Falta la credencial de las métricas o no es válida (la del archivo de --metrics-token-file).")

    static func internalFailure(reference: String) -> Problem {
        refusal(.internalError(reference: reference))
    }

    /// A name from a request, safe to repeat in a message.
    static func shown(_ text: String) -> String {
        String(text.unicodeScalars.filter { $0.value > 0x20 && $0.value < 0x7F }.prefix(64).map(Character.init))
    }
}
