import Foundation
import NSSCore

/// An application's confirmation status, read in one statement: the waiting screen asks for it every
/// second or holds the question open, so it is the call the server answers most. One statement needs no
/// transaction around it (`SQLStore.readStatement`).
enum ConfirmationStatusQuery {
    /// nil when there is no such application.
    static func status(of applicationID: String, at now: Date, _ db: SQLTransaction) throws -> ConfirmationStatus? {
        guard let row = try SQLRow.fetchOne(db, sql: """
            SELECT a.confirmed_at, s.expires_at, s.code_attempts_left, s.carries_link
            FROM application AS a
            LEFT JOIN confirmation_secret AS s ON s.id = (
                SELECT id FROM confirmation_secret WHERE application_id = a.id AND superseded = 0 ORDER BY id DESC LIMIT 1)
            WHERE a.id = ?
            """, arguments: [applicationID]) else { return nil }
        if try row["confirmed_at"] as Double? != nil { return .confirmed }
        guard let expiresAt = try row["expires_at"] as Double? else { return .expired }
        let expiry = Date(timeIntervalSince1970: expiresAt)
        let dead = try ConfirmationSecretTable.isDead(expiresAt: expiry, codeAttemptsLeft: row["code_attempts_left"],
                                                      carriesLink: row["carries_link"], superseded: false, at: now)
        return dead ? .expired : .pending(expiresAt: expiry)
    }
}
