import Foundation
import NSSCore

extension EmbeddedBackend {
    /// The language of an application, for a page about it (the confirmation link's): its catalogue, or
    /// Spanish for a language this backend has none of; nil when the application is unknown or the store
    /// cannot say (the page then goes by what the phone asks for).
    public func catalogue(ofApplication id: ApplicationID) async -> Catalogue? {
        let code = try? await database.read { db in try ApplicationTable.language(of: id.rawValue, db) }
        return code.flatMap { $0 }.map(configuration.catalogue(for:))
    }

    /// The language of the application a document's link belongs to, as `catalogue(ofApplication:)`.
    public func catalogue(ofDocumentLink token: String) async -> Catalogue? {
        guard DocumentLinkToken.isWellFormed(token) else { return nil }
        let code = try? await database.read { db -> String? in
            guard let link = try DocumentLinkTable.find(tokenDigest: SecretDigest.of(token), db) else { return nil }
            return try ApplicationTable.language(of: link.applicationID, db)
        }
        return code.flatMap { $0 }.map(configuration.catalogue(for:))
    }

    /// The catalogues this backend writes in, Spanish first: what a page for no application may be in.
    public var offeredCatalogues: [Catalogue] {
        [.spanish] + configuration.catalogues.filter { $0.code != Catalogue.spanish.code }
    }
}
