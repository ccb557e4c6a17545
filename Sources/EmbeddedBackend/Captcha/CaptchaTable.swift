import Foundation
import NSSCore

/// Issued captchas of both kinds, kept in the database so that any process sharing the data directory
/// can check an answer. An answer, right or wrong, uses the captcha up.
enum CaptchaTable {
    /// What using up a captcha found.
    enum Use {
        case answered(correct: Bool)
        /// Unknown, already used, or past its expiry.
        case unusable
    }

    static func insert(id: String, kind: CaptchaKind, answer: String, expiresAt: Date, _ db: SQLTransaction) throws {
        try db.send(sql: "INSERT INTO captcha (id, kind, answer, expires_at) VALUES (?, ?, ?, ?)",
                       arguments: [id, kind.rawValue, answer, expiresAt.timeIntervalSince1970])
    }

    /// Marks the captcha used and compares the answer by its kind's rule: one statement, which finds it
    /// only when it was not used yet.
    static func use(id: String, answer: String, now: Date, _ db: SQLTransaction) throws -> Use {
        guard let row = try SQLRow.fetchOne(db, sql: "UPDATE captcha SET used = 1 WHERE id = ? AND used = 0 RETURNING kind, answer, expires_at",
                                         arguments: [id]),
              let kind = CaptchaKind(rawValue: try row["kind"]) else { return .unusable }
        guard try (row["expires_at"] as Double) > now.timeIntervalSince1970 else { return .unusable }
        return .answered(correct: CaptchaAnswerRule.accepts(answer, answer: try row["answer"], kind: kind))
    }

    /// Forgets captchas that expired more than an hour ago.
    static func purge(before now: Date, _ db: SQLTransaction) throws {
        try db.send(sql: "DELETE FROM captcha WHERE expires_at < ?", arguments: [now.timeIntervalSince1970 - 3600])
    }
}
