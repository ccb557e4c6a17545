import EmbeddedBackend
import NSSCore

/// The name of the route a path reaches, for the metrics' labels and the methods an address allows.
enum RouteName {
    /// The label of a path: the call's name, the route's name, or `otra` (never what a client made up).
    /// `HTTPAPI.callsPath`, by its segments.
    private static let callsPath = HTTPAPI.callsPath.split(separator: "/")

    static func of(_ path: String) -> String {
        // Read segment by segment, with no array of them: every answer's metrics ask.
        var segments = Segments(rest: path[...])
        let first = segments.next(), second = segments.next(), third = segments.next()
        guard let first, segments.next() == nil else { return "otra" }
        if let second, let third {
            if first == callsPath[0], second == callsPath[1], let call = BackendAPI.call(named: String(third)) { return call.name }
        } else if second != nil {
            if first == ConfirmationLink.pathSegment { return "confirmar" }
            if first == DocumentLinkAddress.pathSegment { return "documento" }
        } else {
            if first == HTTPAPI.healthPath { return "salud" }
            if first == MetricsRoute.path { return "metricas" }
            if first == HelloRoute.path { return "hola" }
        }
        return "otra"
    }

    /// A path's segments, the empty ones (`//`, a leading or trailing `/`) left out.
    private struct Segments: IteratorProtocol {
        var rest: Substring

        mutating func next() -> Substring? {
            let slash = UInt8(ascii: "/")
            guard let start = rest.utf8.firstIndex(where: { $0 != slash }) else { return nil }
            let end = rest.utf8[start...].firstIndex(of: slash) ?? rest.endIndex
            defer { rest = rest[end...] }
            return rest[start..<end]
        }
    }
}
