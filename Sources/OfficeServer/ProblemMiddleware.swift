import Hummingbird
import Logging
import NSSCore

/// Every error on the way to an answer becomes a problem (`Problem`): the router's «not found», a body
/// over the limit, and whatever a handler did not expect (answered as an internal error with a reference
/// that the log has too — never the error's text).
struct ProblemMiddleware<Context: RequestContext>: RouterMiddleware {
    let logger: Logger

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        do {
            return try await next(request, context)
        } catch let problem as Problem {
            return problem.response
        } catch let error as any HTTPResponseError {
            switch error.status {
            case .notFound: return Problem.notFound.response
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

    private func unexpected(_ error: any Error) -> Response {
        let reference = String(UInt32.random(in: 0...UInt32.max), radix: 16, uppercase: true)
        logger.error("unexpected failure", metadata: ["reference": "\(reference)", "kind": "\(type(of: error))"])
        return Problem.internalFailure(reference: reference).response
    }
}
