import EmbeddedBackend
import Foundation
import Hummingbird
import HummingbirdCore
import Logging
import NIOCore
import NSSCore
import ServiceLifecycle
import UnixSignals

/// The office server: one store (the embedded backend's SQLite data directory) for every kiosk and staff
/// session of an office, answering
///
/// - `POST /v1/llamadas/<call>` — the backend's calls (`CallRoute`), for terminals with a credential;
/// - `GET`/`HEAD`/`POST /confirmar/<token>` — the confirmation link of the email and its button
///   (`ConfirmationRoute`);
/// - `GET`/`HEAD`/`POST /d/<token>` — a document's one-time link, from the documents screen's QR code
///   (`DocumentLinkRoute`);
/// - `GET /salud` — whether the store answers, for a load balancer or a monitor;
/// - `GET /metricas` — the metrics for Prometheus, with the metrics' own token (`MetricsRoute`);
///
/// and every refusal as a problem (`Problem`). It delivers the queued email while it runs, and stops on
/// SIGTERM or SIGINT without losing any: calls under way finish, waiting calls answer at once, and the
/// email being written is written (what is left waits in the store for the next start).
public struct OfficeServer: Sendable {
    public let backend: EmbeddedBackend
    public let tokens: TerminalTokens
    public let logger: Logger
    public let limits: ServerLimits
    public let metrics: ServerMetrics
    let changes: ChangeSignal
    let limiter: TerminalRateLimiter
    let metricsToken: String?
    let helloRoute: Bool

    /// `recheck`: how often a waiting call looks for a change made by another process on the store.
    /// `metricsToken`: who may read `/metricas` (nobody without it). `helloRoute`: serve `GET /hola`, for
    /// the benchmarks.
    public init(backend: EmbeddedBackend, tokens: TerminalTokens, logger: Logger = Logger(label: "nss-kiosk.server"),
                recheck: Duration = .milliseconds(500), limits: ServerLimits = ServerLimits(), metricsToken: String? = nil,
                helloRoute: Bool = false) {
        self.backend = backend
        self.tokens = tokens
        self.logger = logger
        self.limits = limits
        self.metricsToken = metricsToken
        self.helloRoute = helloRoute
        metrics = ServerMetrics()
        limiter = TerminalRateLimiter(callsPerMinute: limits.callsPerMinute)
        changes = ChangeSignal(recheck: recheck)
    }

    /// The routes.
    public func router() -> Router<BasicRequestContext> {
        // HEAD is answered for every GET as that GET without its body (Hummingbird's own rule): the GET routes
        // change nothing, so a link preview or a mail scanner spends and confirms nothing.
        let router = Router(options: .autoGenerateHeadEndpoints)
        router.add(middleware: MetricsMiddleware(metrics: metrics))
        router.add(middleware: ProblemMiddleware(logger: logger, helloRoute: helloRoute))
        let calls = CallRoute(backend: backend, tokens: tokens, changes: changes, logger: logger, limits: limits,
                              limiter: limiter, metrics: metrics)
        router.post(RouterPath(stringLiteral: CallRoute.path)) { request, context in
            try await calls.answer(request, context: context)
        }
        let confirmation = ConfirmationRoute(backend: backend, changes: changes)
        router.get(RouterPath(stringLiteral: ConfirmationRoute.path)) { request, context in
            try await confirmation.page(request, context: context)
        }
        router.post(RouterPath(stringLiteral: ConfirmationRoute.path)) { request, context in
            try await confirmation.confirm(request, context: context)
        }
        let documentLinks = DocumentLinkRoute(backend: backend)
        router.get(RouterPath(stringLiteral: DocumentLinkRoute.path)) { request, context in
            try await documentLinks.page(request, context: context)
        }
        router.post(RouterPath(stringLiteral: DocumentLinkRoute.path)) { request, context in
            try await documentLinks.take(request, context: context)
        }
        router.get(RouterPath(stringLiteral: HTTPAPI.healthPath)) { _, _ in
            try await health()
        }
        let metricsRoute = MetricsRoute(metrics: metrics, backend: backend, token: metricsToken)
        router.get(RouterPath(stringLiteral: MetricsRoute.path)) { request, _ in
            try await metricsRoute.answer(request)
        }
        if helloRoute {
            router.get(RouterPath(stringLiteral: HelloRoute.path)) { _, _ in HelloRoute.body }
        }
        return router
    }

    private func health() async throws -> Response {
        do {
            try await backend.checkStore()
        } catch let error as BackendError {
            metrics.storeErrors.increment()
            throw Problem.refusal(error)
        }
        return CallRoute.json(status: .ok, Array(#"{"estado":"bien"}"#.utf8))
    }

    /// The services that make the server, in the order they start (and stop in reverse): the email
    /// delivery, the HTTP server on `host`:`port` (`onRunning` is told the port it listens on), and what
    /// ends the waiting calls when a stop begins.
    public func services(host: String, port: Int, onRunning: @escaping @Sendable (Int) async -> Void = { _ in }) -> [any Service] {
        let limits = limits
        let timeout = TimeAmount.nanoseconds(Int64(limits.requestTimeout.components.seconds) * 1_000_000_000
                                             + limits.requestTimeout.components.attoseconds / 1_000_000_000)
        let application = Application(
            router: router(),
            // A connection that sends no whole request in time is closed (a slowloris, a half-open socket):
            // Hummingbird's idle timeout for the head and between requests, ours for the body.
            server: .http1(configuration: .init(
                additionalChannelHandlers: [MalformedRequestProblem(), RequestBodyDeadline(limit: timeout)],
                idleTimeout: timeout)),
            configuration: ApplicationConfiguration(
                address: .hostname(host, port: port), serverName: "nss-kiosk-server",
                availableConnectionsDelegate: MaximumAvailableConnections(limits.connections, logger: logger)),
            onServerRunning: { channel in await onRunning(channel.localAddress?.port ?? port) },
            logger: logger)
        return [MailDelivery(backend: backend), application, WaitingCallsRelease(changes: changes)]
    }

    /// Runs until SIGTERM or SIGINT, then stops as described above.
    public func run(host: String, port: Int, onRunning: @escaping @Sendable (Int) async -> Void = { _ in }) async throws {
        var configuration = ServiceGroupConfiguration(services: services(host: host, port: port, onRunning: onRunning),
                                                      gracefulShutdownSignals: [.sigterm, .sigint], logger: logger)
        configuration.maximumGracefulShutdownDuration = .seconds(30)
        try await ServiceGroup(configuration: configuration).run()
    }
}

/// The email delivery of the server's store while it runs; at the stop, the email being written is
/// finished (what is left stays queued in the store).
struct MailDelivery: Service {
    let backend: EmbeddedBackend

    func run() async throws {
        await backend.startMailWorker()
        try? await gracefulShutdown()
        await backend.stopMailWorker()
        await backend.deliverPendingMail()
    }
}

/// At the stop, ends every waiting call first (it answers what it has), so the HTTP server's drain
/// does not wait for them.
struct WaitingCallsRelease: Service {
    let changes: ChangeSignal

    func run() async throws {
        try? await gracefulShutdown()
        changes.close()
    }
}
