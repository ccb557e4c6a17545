import NSSCore

/// The outcome of checking one PDF: VÁLIDO, or each thing that does not match.
public struct VerificationReport: Hashable, Sendable {
    /// The sealed record the PDF carries, when it carries a readable one.
    public let record: SealedRecord?
    /// Which document the PDF says it is.
    public let kind: DocumentKind?
    /// Everything that does not match; empty when the document is valid.
    public let problems: [VerificationProblem]

    /// True when the PDF carries a record whose seals verify with the certificate, and shows
    /// exactly that record's text and nothing else.
    public var isValid: Bool { record != nil && problems.isEmpty }

    /// "VÁLIDO" or "NO VÁLIDO".
    public var verdict: String { isValid ? "VÁLIDO" : "NO VÁLIDO" }

    /// The sealed record's fields, labelled as on the constancia.
    public var fields: [(label: String, value: String)] {
        guard let record else { return [] }
        return DocumentField.reported.map { ($0.label, $0.value(in: record)) }
    }

    /// The report as plain text: the document, its fields, the verdict and the problems.
    public var summary: String {
        var lines: [String] = []
        if let kind { lines.append("Documento: \(kind.title)") }
        for field in fields { lines.append("\(field.label): \(field.value)") }
        lines.append("Resultado: \(verdict)")
        lines += problems.map { "- \($0.message)" }
        return lines.joined(separator: "\n")
    }
}
