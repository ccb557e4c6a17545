import Foundation

/// A log of the attempts that are limited (applications per CURP, wrong captchas, re-sent emails, copies of the documents),
/// shared by every process on the data directory.
enum AttemptTable {
    enum Kind: String {
        case submit
        case wrongCaptcha = "wrong-captcha"
        case resend
        case documentEmail = "document-email"
        case documentLinks = "document-links"
        /// A submission that reached the office server (its own limit per CURP, before the backend's).
        case serverSubmission = "server-submission"
    }

    static func record(_ kind: Kind, subject: String, at now: Date, _ db: SQLTransaction) throws {
        try db.send(sql: "INSERT INTO attempt (kind, subject, at) VALUES (?, ?, ?)",
                       arguments: [kind.rawValue, subject, now.timeIntervalSince1970])
    }

    /// When another attempt is allowed, or nil when one is allowed now: `limit` attempts per `window`.
    static func blockedUntil(_ kind: Kind, subject: String, limit: Int, window: TimeInterval, now: Date,
                             _ db: SQLTransaction) throws -> Date? {
        let since = now.timeIntervalSince1970 - window
        let times = try Double.fetchAll(db, sql: """
            SELECT at FROM attempt WHERE kind = ? AND subject = ? AND at > ? ORDER BY at DESC LIMIT ?
            """, arguments: [kind.rawValue, subject, since, limit])
        guard times.count >= limit, let oldestCounted = times.last else { return nil }
        return Date(timeIntervalSince1970: oldestCounted + window)
    }

    /// Spends one attempt of `kind` for `subject` when `limit` per `window` allows it (nil), or says when
    /// another is allowed, spending nothing.
    static func spend(_ kind: Kind, subject: String, limit: Int, window: TimeInterval, now: Date,
                      _ db: SQLTransaction) throws -> Date? {
        if let until = try blockedUntil(kind, subject: subject, limit: limit, window: window, now: now, db) { return until }
        try record(kind, subject: subject, at: now, db)
        return nil
    }

    /// Forgets attempts older than a day.
    static func purge(before now: Date, _ db: SQLTransaction) throws {
        try db.send(sql: "DELETE FROM attempt WHERE at < ?", arguments: [now.timeIntervalSince1970 - 86_400])
    }
}
