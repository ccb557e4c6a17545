import Foundation

/// One line of the audit log: what happened to a procedure, where and when — never who. It names the
/// application by its random id and, once Paso 2 gave one, its folio; no CURP, name, email or NSS.
public struct AuditEvent: Sendable, Hashable {
    public var at: Date
    /// The terminal the call came from (`host/tty` of the wizard, or «personal» for the staff tools).
    public var terminal: String
    /// The application's random id, or nil for an event before one exists (a refused submission).
    public var application: String?
    public var folio: String?
    public var step: AuditStep
    /// «hecho», or the refusal's name (`captcha-wrong`, `code-wrong`, …: see the README's legend).
    public var outcome: String

    /// The header of `csvLine`.
    public static let csvHeader = "fecha,terminal,solicitud,folio,paso,resultado"

    /// One CSV line, RFC 4180 quoting where needed; the time in UTC, ISO 8601.
    public var csvLine: String {
        [at.ISO8601Format(), terminal, application ?? "", folio ?? "", step.rawValue, outcome].map(Self.csvField).joined(separator: ",")
    }

    /// A field quoted when it holds a comma, quote or line break; a leading `=`, `+`, `-` or `@` is
    /// prefixed with `'` so that a spreadsheet never runs it as a formula.
    static func csvField(_ text: String) -> String {
        var text = text
        if let first = text.first, "=+-@".contains(first) { text = "'" + text }
        guard text.contains(where: { ",\"\n\r".contains($0) }) else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}

/// The steps an audit line can name, in the words of the procedure.
public enum AuditStep: String, Sendable, CaseIterable {
    case submission = "solicitud"
    case confirmation = "confirmacion"
    case resend = "reenvio"
    case start = "paso-1"
    case finish = "paso-2"
    case copy = "copia-por-correo"
    case emailDelivered = "correo-entregado"
    /// «Llevar a mi teléfono»: links were made; a document was taken by one of them.
    case phoneLinks = "ligas-al-telefono"
    case phoneDownload = "descarga-en-telefono"
    /// `nss-kiosk --resume` took the application up again, on the terminal the line names.
    case resume = "reanudacion"
    case purge = "purga"
}
