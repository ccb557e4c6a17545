import Foundation
import NSSCore

/// The one-time links to the documents («Llevar a mi teléfono»), kept by the digest of their token.
enum DocumentLinkTable {
    struct Entry {
        var applicationID: String
        var kind: DocumentKind
        var expiresAt: Date
        var used: Bool
    }

    static func insert(tokenDigest: String, applicationID: String, kind: DocumentKind, at now: Date, expiresAt: Date,
                       _ db: SQLTransaction) throws {
        try db.execute(sql: """
            INSERT INTO document_link (token_digest, application_id, kind, created_at, expires_at) VALUES (?, ?, ?, ?, ?)
            """, arguments: [tokenDigest, applicationID, kind.rawValue, now.timeIntervalSince1970,
                             expiresAt.timeIntervalSince1970])
    }

    static func find(tokenDigest: String, _ db: SQLTransaction) throws -> Entry? {
        guard let row = try SQLRow.fetchOne(db, sql: """
            SELECT application_id, kind, expires_at, used_at FROM document_link WHERE token_digest = ?
            """, arguments: [tokenDigest]) else { return nil }
        guard let kind = DocumentKind(rawValue: try row["kind"] as String) else {
            throw SQLRow.ColumnMismatch(column: "document_link.kind")
        }
        return Entry(applicationID: try row["application_id"], kind: kind,
                     expiresAt: Date(timeIntervalSince1970: try row["expires_at"]), used: (try row["used_at"] as Double?) != nil)
    }

    /// Marks the link used, if it still works at `now`: true for the one caller that took it.
    static func take(tokenDigest: String, at now: Date, _ db: SQLTransaction) throws -> Bool {
        try db.execute(sql: """
            UPDATE document_link SET used_at = ? WHERE token_digest = ? AND used_at IS NULL AND expires_at > ?
            """, arguments: [now.timeIntervalSince1970, tokenDigest, now.timeIntervalSince1970])
        return db.changesCount == 1
    }

    /// Gives back the claim `take` made at `takenAt` (its PDF could not be made): the link works again.
    static func release(tokenDigest: String, takenAt: Date, _ db: SQLTransaction) throws {
        try db.execute(sql: "UPDATE document_link SET used_at = NULL WHERE token_digest = ? AND used_at = ?",
                       arguments: [tokenDigest, takenAt.timeIntervalSince1970])
    }
}
