import Documents
import Foundation
import NSSCore

extension EmbeddedBackend {
    /// «Llevar a mi teléfono»: a new link per document of a finished procedure, each good for one download
    /// until `documentLinkLifetime` has passed, with its QR code. None when the service has no public
    /// address. Limited per application like the copies by email.
    public func documentLinks(_ id: ApplicationID) async throws -> [DocumentLink] {
        try await shielded("documentLinks") {
            guard let base = configuration.publicBaseURL else { return [] }
            let now = self.now
            let limits = configuration.limits
            let expiresAt = now.addingTimeInterval(limits.documentLinkLifetime)
            let tokens = DocumentKind.allCases.map { (kind: $0, token: DocumentLinkToken.generate()) }
            let outcome: Result<Void, BackendError> =
                try await database.write(audited(.phoneLinks, application: id.rawValue) { db in
                guard let application = try ApplicationTable.find(id.rawValue, db) else { return .failure(.applicationNotFound) }
                guard application.result != nil else { return .failure(.outOfOrder) }
                if let until = try AttemptTable.spend(
                    .documentLinks, subject: id.rawValue, limit: limits.documentLinkSetsPerApplication,
                    window: limits.documentLinkWindow, now: now, db) {
                    return .failure(.tooManyAttempts(retryAfter: until))
                }
                for (kind, token) in tokens {
                    try DocumentLinkTable.insert(tokenDigest: SecretDigest.of(token), applicationID: id.rawValue, kind: kind,
                                                 at: now, expiresAt: expiresAt, db)
                }
                return .success(())
            })
            try report(outcome, event: "document links made", application: id.rawValue)
            return try tokens.map { kind, token in
                let url = DocumentLinkToken.link(base: base, token: token).absoluteString
                return DocumentLink(kind: kind, url: url, expiresAt: expiresAt, code: try Self.picture(of: url))
            }
        }
    }

    /// What the link with `token` leads to now, without taking it: a phone's preview of the page, or the
    /// page itself, spends nothing.
    public func documentLink(token: String) async throws -> DocumentLinkState {
        try await shielded("documentLink") {
            guard DocumentLinkToken.isWellFormed(token) else { return .unknown }
            let now = self.now
            return try await database.read { db -> DocumentLinkState in
                guard let link = try DocumentLinkTable.find(tokenDigest: SecretDigest.of(token), db),
                      let application = try ApplicationTable.find(link.applicationID, db),
                      let result = application.result else { return .unknown }
                if link.used { return .used }
                if link.expiresAt <= now { return .expired }
                return .ready(link.kind, folio: result.folio, expiresAt: link.expiresAt)
            }
        }
    }

    /// Takes the document of the link with `token`: its signed PDF, once. The link is claimed first and the
    /// PDF made after, by the one caller that claimed it: of two phones racing, one gets it, and the PDF is
    /// made once. When making it fails, the claim is given back and the link works again; only a process
    /// that dies between the two leaves it spent (the terminal then makes new links).
    public func takeDocument(token: String) async throws -> DocumentLinkTaking {
        try await shielded("takeDocument") {
            guard case .ready(let kind, let folio, _) = try await documentLink(token: token) else {
                return .refused(try await documentLink(token: token))
            }
            let now = self.now
            let digest = SecretDigest.of(token)
            let (taken, applicationID) = try await database.write { db -> (Bool, String?) in
                let link = try DocumentLinkTable.find(tokenDigest: digest, db)
                return (try DocumentLinkTable.take(tokenDigest: digest, at: now, db), link?.applicationID)
            }
            guard taken else { return .refused(try await documentLink(token: token)) }
            let pdf: Data
            do {
                pdf = try await document(Self.documentID(folio, kind))
            } catch {
                do {
                    try await database.write { db in try DocumentLinkTable.release(tokenDigest: digest, takenAt: now, db) }
                } catch {
                    logger.error("document link left spent after a failed rendering", metadata: ["document": "\(kind.rawValue)"])
                }
                throw error
            }
            if let applicationID {
                await audit(.phoneDownload, Self.auditOutcome(.success(())), application: applicationID, folio: folio.value)
            }
            logger.info("document taken by link", metadata: ["document": "\(kind.rawValue)"])
            return .document(kind, fileName: kind.fileName(folio: folio), pdf: pdf)
        }
    }

    /// The modules of the QR code of `url`, for the wizard to draw.
    static func picture(of url: String) throws -> QRCodePicture {
        let matrix = try QRMatrix(link: url)
        return QRCodePicture(rows: (0..<matrix.width).map { y in
            String((0..<matrix.width).map { x in matrix.isDark(x: x, y: y) ? "1" : "0" })
        })
    }
}
