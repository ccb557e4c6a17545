import Foundation
import NSSCore

/// What a phone finds at a document link: what the page on it says.
public enum DocumentLinkState: Sendable, Hashable {
    /// The link works: the document can be taken once, until `expiresAt`.
    case ready(DocumentKind, folio: Folio, expiresAt: Date)
    /// The document was already taken with it.
    case used
    /// Its time ran out.
    case expired
    /// It names no link (mistyped, cut short, or its application purged).
    case unknown
}

/// What taking the document of a link came to.
public enum DocumentLinkTaking: Sendable, Hashable {
    /// The signed PDF, with the name to save it under; the link works no more.
    case document(DocumentKind, fileName: String, pdf: Data)
    /// Why not: `.used`, `.expired` or `.unknown`.
    case refused(DocumentLinkState)
}
