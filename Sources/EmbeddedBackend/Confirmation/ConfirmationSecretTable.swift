import Foundation

/// The link token and code of each confirmation email, stored as digests. Issuing a new pair
/// supersedes the older ones of the same application.
enum ConfirmationSecretTable {
    /// One issued pair.
    struct Entry {
        var id: Int64
        var applicationID: String
        var codeDigest: String
        var expiresAt: Date
        var codeAttemptsLeft: Int
        var carriesLink: Bool
        var superseded: Bool

        /// Whether nothing in this email can confirm any more.
        func isDead(at now: Date) -> Bool {
            ConfirmationSecretTable.isDead(expiresAt: expiresAt, codeAttemptsLeft: codeAttemptsLeft, carriesLink: carriesLink,
                                           superseded: superseded, at: now)
        }
    }

    /// Whether nothing in an email can confirm any more: a newer email replaced it, its time is over, or
    /// its code has no attempt left and it carries no link.
    static func isDead(expiresAt: Date, codeAttemptsLeft: Int, carriesLink: Bool, superseded: Bool, at now: Date) -> Bool {
        superseded || now >= expiresAt || (codeAttemptsLeft <= 0 && !carriesLink)
    }

    /// Supersedes earlier pairs and stores the new one.
    static func issue(applicationID: String, tokenDigest: String, codeDigest: String, at now: Date, expiresAt: Date,
                      codeAttempts: Int, carriesLink: Bool, supersedes: Bool, _ db: SQLTransaction) throws {
        if supersedes {
            try db.send(sql: "UPDATE confirmation_secret SET superseded = 1 WHERE application_id = ?", arguments: [applicationID])
        }
        try db.send(sql: """
            INSERT INTO confirmation_secret
                (application_id, token_digest, code_digest, issued_at, expires_at, code_attempts_left, carries_link)
            VALUES (?, ?, ?, ?, ?, ?, ?)
            """, arguments: [applicationID, tokenDigest, codeDigest, now.timeIntervalSince1970,
                             expiresAt.timeIntervalSince1970, codeAttempts, carriesLink])
    }

    /// The pair of the latest email of the application.
    static func current(applicationID: String, _ db: SQLTransaction) throws -> Entry? {
        try SQLRow.fetchOne(db, sql: """
            SELECT * FROM confirmation_secret WHERE application_id = ? AND superseded = 0 ORDER BY id DESC LIMIT 1
            """, arguments: [applicationID]).map(entry)
    }

    static func find(tokenDigest: String, _ db: SQLTransaction) throws -> Entry? {
        try SQLRow.fetchOne(db, sql: "SELECT * FROM confirmation_secret WHERE token_digest = ?",
                         arguments: [tokenDigest]).map(entry)
    }

    /// Whether the code of an earlier, replaced email of the application has this digest.
    static func isSuperseded(codeDigest: String, applicationID: String, _ db: SQLTransaction) throws -> Bool {
        try Bool.fetchOne(db, sql: """
            SELECT EXISTS (SELECT 1 FROM confirmation_secret WHERE application_id = ? AND code_digest = ? AND superseded = 1)
            """, arguments: [applicationID, codeDigest]) ?? false
    }

    static func spendCodeAttempt(_ id: Int64, _ db: SQLTransaction) throws {
        try db.send(sql: "UPDATE confirmation_secret SET code_attempts_left = code_attempts_left - 1 WHERE id = ?",
                       arguments: [id])
    }

    private static func entry(_ row: SQLRow) throws -> Entry {
        try Entry(id: row["id"], applicationID: row["application_id"], codeDigest: row["code_digest"],
              expiresAt: Date(timeIntervalSince1970: row["expires_at"]), codeAttemptsLeft: row["code_attempts_left"],
              carriesLink: row["carries_link"], superseded: row["superseded"])
    }
}
