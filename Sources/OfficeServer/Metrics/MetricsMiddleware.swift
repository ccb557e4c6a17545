import EmbeddedBackend
import HTTPTypes
import Hummingbird
import NSSCore

/// Times every answer and counts it by route and status (`ServerMetrics`), and tells the client the
/// server's own time in `Server-Timing` (`app;dur=<ms>`), which the benchmarks read. Outside the
/// problems' middleware, so a refusal is counted with the status it went out with.
struct MetricsMiddleware<Context: RequestContext>: RouterMiddleware {
    let metrics: ServerMetrics
    static var serverTiming: HTTPField.Name { HTTPField.Name("Server-Timing")! }

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        let start = ContinuousClock.now
        var response = try await next(request, context)
        let took = ContinuousClock.now - start
        let route = RouteName.of(request.uri.path)
        let held = BackendAPI.call(named: route)?.waits == true
            && (request.uri.queryParameters.get(HTTPAPI.waitQuery).flatMap { Int($0) } ?? 0) > 0
        metrics.answered(route: route, status: Int(response.status.code), took: took, held: held)
        let microseconds = took.components.seconds * 1_000_000 + took.components.attoseconds / 1_000_000_000_000
        response.headers[Self.serverTiming] = "app;dur=\(microseconds / 1000).\(String(microseconds % 1000 + 1000).dropFirst())"
        return response
    }
}
