import EmbeddedBackend
import Foundation
import NSSCore
import Prometheus
import Synchronization

/// What the office server counts, for Prometheus (`GET /metricas`): the answers by call and status, how
/// long they took, the calls being held (long polls), the email waiting in the store, the refusals of the
/// rate limits and the failures of the store. Its own registry, not swift-metrics' global one: a process
/// may run more than one server (the tests do). The labels never carry personal data: a call's name, a
/// status, a limit's name, a terminal's name from the tokens file.
public final class ServerMetrics: Sendable {
    let registry = PrometheusCollectorRegistry()
    /// Calls held by `?espera=` right now.
    let waiting: Gauge
    let mailPending: Gauge
    let mailFailing: Gauge
    let storeErrors: Counter

    /// The upper bounds of the latency histograms: from a quarter of a millisecond (a status read from a
    /// warm cache) to the 20 s a waiting call may be held.
    static let buckets: [Duration] = [
        .microseconds(250), .microseconds(500), .milliseconds(1), .milliseconds(2), .milliseconds(5), .milliseconds(10),
        .milliseconds(25), .milliseconds(50), .milliseconds(100), .milliseconds(250), .milliseconds(500), .seconds(1),
        .seconds(2), .seconds(5), .seconds(10), .seconds(25),
    ]

    public init() {
        waiting = registry.makeGauge(name: "nss_llamadas_en_espera", help: "Llamadas retenidas hasta que su respuesta cambie (?espera=).")
        mailPending = registry.makeGauge(name: "nss_correos_pendientes", help: "Correos en el almacén que aún no se entregan.")
        mailFailing = registry.makeGauge(name: "nss_correos_con_falla",
                                         help: "Correos pendientes cuya entrega ya falló al menos una vez (se reintentan).")
        storeErrors = registry.makeCounter(name: "nss_errores_del_almacen_total",
                                           help: "Llamadas que fallaron por el almacén (error interno, disco lleno).")
    }

    /// One answer of the server. `route`: a call's name, or the route's (`confirmar`, `salud`…).
    func answered(route: String, status: Int, took duration: Duration, held: Bool) {
        let key = AnswerKind(route: route, status: status, held: held)
        let metrics = answerMetrics.withLock { known in
            if let metrics = known[key] { return metrics }
            let metrics = makeAnswerMetrics(key)
            known[key] = metrics
            return metrics
        }
        metrics.count.increment()
        metrics.time.record(duration)
    }

    /// The labels of an answer's metrics: a few dozen kinds in all (the routes are `RouteName`'s).
    private struct AnswerKind: Hashable {
        let route: String
        let status: Int
        let held: Bool
    }

    /// One kind of answer's counter and histogram.
    private struct AnswerMetrics {
        let count: Counter
        let time: DurationHistogram
    }

    /// Each kind's metrics, made once: making one validates its name and help text and looks it up in the
    /// registry, several times the work of counting.
    private let answerMetrics = Mutex<[AnswerKind: AnswerMetrics]>([:])

    private func makeAnswerMetrics(_ kind: AnswerKind) -> AnswerMetrics {
        AnswerMetrics(
            count: registry.makeCounter(name: "nss_respuestas_total", labels: [("ruta", kind.route), ("estado", String(kind.status))],
                                        help: "Respuestas del servidor por ruta (la llamada) y estado HTTP."),
            time: registry.makeDurationHistogram(name: "nss_respuesta_segundos",
                                                 labels: [("ruta", kind.route), ("retenida", kind.held ? "si" : "no")],
                                                 buckets: Self.buckets,
                                                 help: "Tiempo del servidor por respuesta; «retenida» si esperó con ?espera=."))
    }

    /// A call refused by a rate limit (`terminal` or `curp`), and the terminal that made it.
    func refused(limit: String, terminal: String) {
        registry.makeCounter(name: "nss_limites_rechazos_total", labels: [("limite", limit), ("terminal", terminal)],
                             help: "Llamadas rechazadas con 429 por un límite del servidor.").increment()
    }

    /// The metrics now, after reading the mail queue from the store.
    func exposition(backend: EmbeddedBackend) async -> [UInt8] {
        if let jobs = try? await backend.pendingMailJobs() {
            mailPending.set(Double(jobs.count))
            mailFailing.set(Double(jobs.filter { $0.attempts > 0 }.count))
        }
        return registry.emitToBuffer()
    }
}
