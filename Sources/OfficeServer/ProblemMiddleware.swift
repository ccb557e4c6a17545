import Hummingbird
import Logging
import NSSCore

/// Every error on the way to an answer becomes a problem (`Problem`): the router's «not found» (405 with
/// `Allow` when the address exists for another method), a body over the limit, and whatever a handler
/// did not expect (answered as an internal error with a reference that the log has too — never the
/// error's text).
struct ProblemMiddleware<Context: RequestContext>: RouterMiddleware {
    let logger: Logger
    /// Whether `GET /hola` is served.
    var helloRoute = false

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        do {
            return try await next(request, context)
        } catch let problem as Problem {
            return problem.response
        } catch let error as any HTTPResponseError {
            switch error.status {
            case .notFound:
                guard let allowed = Self.methods(of: request.uri.path, helloRoute: helloRoute) else { return Problem.notFound.response }
                var response = Problem.methodNotAllowed.response
                response.headers[.allow] = allowed
                return response
            case .methodNotAllowed: return Problem.methodNotAllowed.response
            case .contentTooLarge: return Problem.tooLarge(CallRoute.largestInput).response
            case let status where status.code < 500:
                return Problem(status: status, code: "bad-request", detail: "La solicitud no es válida.").response
            default:
                return unexpected(error)
            }
        } catch {
            return unexpected(error)
        }
    }

    /// The methods an address of the server answers, or nil when it answers none.
    static func methods(of path: String, helloRoute: Bool) -> String? {
        switch RouteName.of(path) {
        case "otra": nil
        case "hola": helloRoute ? "GET, HEAD" : nil
        case "salud", "metricas": "GET, HEAD"
        // The page of a link, and its button.
        case "confirmar", "documento": "GET, HEAD, POST"
        default: "POST"
        }
    }

    private func unexpected(_ error: any Error) -> Response {
        let reference = String(UInt32.random(in: 0...UInt32.max), radix: 16, uppercase: true)
        logger.error("unexpected failure", metadata: ["reference": "\(reference)", "kind": "\(type(of: error))"])
        return Problem.internalFailure(reference: reference).response
    }
}
