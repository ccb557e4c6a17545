import FoundationEssentials

/// Identifies one document of one folio.
public struct DocumentID: Hashable, Sendable, Codable, RawRepresentable {
    public let rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }
    /// Refuses what no backend issues (`IssuedIdentifier`).
    public init(from decoder: any Decoder) throws { rawValue = try IssuedIdentifier.decode(from: decoder) }
}

/// The two documents a finished procedure yields.
public enum DocumentKind: String, Sendable, Codable, CaseIterable {
    /// The constancia, format FF-IMSS-013.
    case constancia
    /// The card-sized Tarjeta de Número de Seguridad Social.
    case tarjeta

    /// The file the document is saved as: `NSS-<folio>-constancia.pdf`, `NSS-<folio>-tarjeta.pdf`.
    public func fileName(folio: Folio) -> String { "NSS-\(folio.value)-\(rawValue).pdf" }

    /// The title of the documents table, as the seed words it.
    public var title: String {
        switch self {
        case .constancia: "Número de Seguridad Social"
        case .tarjeta: "Tarjeta de Número de Seguridad Social"
        }
    }
}

/// One row of the documents table: Folio · Fecha · Documento.
public struct DocumentInfo: Hashable, Sendable, Codable {
    public var id: DocumentID
    public var folio: Folio
    public var date: Date
    public var kind: DocumentKind

    public init(id: DocumentID, folio: Folio, date: Date, kind: DocumentKind) {
        self.id = id
        self.folio = folio
        self.date = date
        self.kind = kind
    }

    public var title: String { kind.title }

    /// The name to save it under.
    public var fileName: String { kind.fileName(folio: folio) }
}
