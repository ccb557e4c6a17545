import EmbeddedBackend
import Foundation
import HTTPTypes
import Hummingbird

/// `GET /metricas`: the metrics in Prometheus's text format, for whoever presents the metrics' own
/// bearer token (`--metrics-token-file`; Prometheus's `authorization: credentials_file`). Not «loopback
/// only»: behind the reverse proxy of the README every request comes from loopback. Not a terminal's
/// token either: a terminal has no business reading the other terminals' names and counts. Without a
/// metrics token the route answers 404 to a request with a credential (401 without one).
struct MetricsRoute: Sendable {
    let metrics: ServerMetrics
    let backend: EmbeddedBackend
    /// SHA-256 of the metrics token, or nil when the server publishes no metrics.
    let tokenDigest: [UInt8]?

    static let path = "metricas"
    static let contentType = "text/plain; version=0.0.4; charset=utf-8"

    init(metrics: ServerMetrics, backend: EmbeddedBackend, token: String?) {
        self.metrics = metrics
        self.backend = backend
        tokenDigest = token.map(BearerToken.digest(of:))
    }

    func answer(_ request: Request) async throws -> Response {
        guard let token = BearerToken.presented(in: request.headers) else { throw Problem.metricsUnauthorized }
        guard let tokenDigest else { throw Problem.metricsOff }
        guard BearerToken.matches(tokenDigest, digest: BearerToken.digest(of: token)) else { throw Problem.metricsUnauthorized }
        return Response(status: .ok, headers: [.contentType: Self.contentType, .cacheControl: "no-store"],
                        body: ResponseBody(byteBuffer: ByteBuffer(bytes: await metrics.exposition(backend: backend))))
    }
}
