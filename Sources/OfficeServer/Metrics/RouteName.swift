import EmbeddedBackend
import NSSCore

/// The name of the route a path reaches, for the metrics' labels and the methods an address allows.
enum RouteName {
    /// The label of a path: the call's name, the route's name, or `otra` (never what a client made up).
    /// `HTTPAPI.callsPath`, by its segments.
    private static let callsPath = HTTPAPI.callsPath.split(separator: "/")

    static func of(_ path: String) -> String {
        let parts = path.split(separator: "/", omittingEmptySubsequences: true)
        if parts.count == 3, parts[0] == callsPath[0], parts[1] == callsPath[1], let call = BackendAPI.call(named: String(parts[2])) {
            return call.name
        }
        if parts.count == 2, parts[0] == ConfirmationLink.pathSegment { return "confirmar" }
        if parts.count == 2, parts[0] == DocumentLinkAddress.pathSegment { return "documento" }
        if parts.count == 1, parts[0] == HTTPAPI.healthPath { return "salud" }
        if parts.count == 1, parts[0] == MetricsRoute.path { return "metricas" }
        if parts.count == 1, parts[0] == HelloRoute.path { return "hola" }
        return "otra"
    }
}
