import Foundation

/// The email still to be delivered, and what was: one row per message (see Schema v3). A job is enqueued
/// in the transaction that makes its fact, so no fact is ever without its email; it is done only after
/// the outbox has the whole message.
enum MailJobTable {
    /// Which email a job is; the copy is the result email sent again on request.
    enum Kind: String, Sendable, CaseIterable {
        case confirmation = "confirmacion"
        case result = "resultado"
        case copy = "copia"

        /// The `X-NSS-Message` the delivered message carries.
        var mailKind: MailKind { self == .confirmation ? .confirmation : .result }
    }

    /// A job as the worker and the staff see it: ids, counts and times, no personal data except the
    /// stored confirmation message.
    struct Job: Sendable {
        var id: Int64
        var applicationID: String
        var kind: Kind
        /// Names the message in the outbox (its Maildir file and Message-ID), so a delivery cut short
        /// between writing and marking is recognised instead of written twice.
        var deliveryKey: String
        var message: Data?
        var done: Bool
        var attempts: Int
        var nextAttemptAt: Date
        var lastError: String?

        init(_ row: SQLRow) throws {
            guard let kind = Kind(rawValue: try row["kind"] as String) else { throw SQLRow.ColumnMismatch(column: "mail_job kind") }
            id = try row["id"]
            applicationID = try row["application_id"]
            self.kind = kind
            deliveryKey = try row["delivery_key"]
            message = try row["message"]
            done = try (row["state"] as String) != "pending"
            attempts = try row["attempts"]
            nextAttemptAt = Date(timeIntervalSince1970: try row["next_attempt_at"])
            lastError = try row["last_error"]
        }
    }

    /// A Message-ID made of the job's key, so that whoever receives the message twice can tell.
    static func messageID(key: String, sender: String) -> String {
        "\(key)@\(sender.split(separator: "@").last.map(String.init) ?? "localhost")"
    }

    /// A process's hold on a job while it delivers it.
    struct Claim: Sendable {
        var owner: String
        var until: Date
    }

    /// Enqueues a job due now, with a fresh key; `message` is stored only for emails that cannot be
    /// rendered again. With `claim`, the enqueuing process holds it already (its first attempt), to
    /// deliver it right away without another write.
    /// `deliveryKey`: a message rendered beforehand names it (`newDeliveryKey`).
    static func enqueue(_ kind: Kind, applicationID: String, deliveryKey: String = newDeliveryKey(), message: Data? = nil,
                        claim: Claim?, at now: Date, _ db: SQLTransaction) throws -> Job {
        guard let row = try SQLRow.fetchOne(db, sql: """
            INSERT INTO mail_job (application_id, kind, delivery_key, message, created_at, next_attempt_at,
                                  claim_owner, claim_until, attempts)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING *
            """, arguments: [applicationID, kind.rawValue, deliveryKey, message, now.timeIntervalSince1970,
                             now.timeIntervalSince1970, claim?.owner, claim?.until.timeIntervalSince1970,
                             claim == nil ? 0 : 1]) else { throw SQLRow.ColumnMismatch(column: "mail_job") }
        return try Job(row)
    }

    /// A job's delivery key, random: it names the message in the outbox.
    static func newDeliveryKey() -> String {
        RandomText.hex(bytes: 12)
    }

    static func find(_ id: Int64, _ db: SQLTransaction) throws -> Job? {
        try SQLRow.fetchOne(db, sql: "SELECT * FROM mail_job WHERE id = ?", arguments: [id]).map(Job.init)
    }

    /// The latest job of this kind for the application.
    static func latest(_ kind: Kind, applicationID: String, _ db: SQLTransaction) throws -> Job? {
        try SQLRow.fetchOne(db, sql: "SELECT * FROM mail_job WHERE application_id = ? AND kind = ? ORDER BY id DESC LIMIT 1",
                         arguments: [applicationID, kind.rawValue]).map(Job.init)
    }

    /// Pending jobs, the soonest due first.
    static func pending(limit: Int = 1000, _ db: SQLTransaction) throws -> [Job] {
        try SQLRow.fetchAll(db, sql: "SELECT * FROM mail_job WHERE state = 'pending' ORDER BY next_attempt_at, id LIMIT ?",
                         arguments: [limit]).map(Job.init)
    }

    /// Due jobs whose claim is free: never taken, its lease run out, or its owner a process of this host
    /// that is gone (`ownerIsGone`).
    static func claimable(now: Date, limit: Int, ownerIsGone: (String) -> Bool, _ db: SQLTransaction) throws
        -> [(id: Int64, owner: String?)] {
        try SQLRow.fetchAll(db, sql: """
            SELECT id, claim_owner, claim_until FROM mail_job
            WHERE state = 'pending' AND next_attempt_at <= ? ORDER BY next_attempt_at, id LIMIT ?
            """, arguments: [now.timeIntervalSince1970, limit]).compactMap { row in
            let id: Int64 = try row["id"]
            let owner: String? = try row["claim_owner"]
            guard let owner else { return (id, nil) }
            let until: Double = try row["claim_until"] ?? 0
            return until <= now.timeIntervalSince1970 || ownerIsGone(owner) ? (id, owner) : nil
        }
    }

    /// Takes the job for `owner` until `until`, in one UPDATE that succeeds only if the claim is still the
    /// one seen (`previousOwner`): of two processes, exactly one gets it. Counts the attempt.
    static func claim(_ id: Int64, owner: String, previousOwner: String?, until: Date, _ db: SQLTransaction) throws -> Bool {
        try db.execute(sql: """
            UPDATE mail_job SET claim_owner = ?, claim_until = ?, attempts = attempts + 1
            WHERE id = ? AND state = 'pending' AND claim_owner IS NOT DISTINCT FROM ?
            """, arguments: [owner, until.timeIntervalSince1970, id, previousOwner])
        return db.changesCount == 1
    }

    /// The job is delivered: its stored message is dropped.
    static func markDone(_ id: Int64, owner: String, at now: Date, _ db: SQLTransaction) throws {
        try db.send(sql: """
            UPDATE mail_job SET state = 'done', message = NULL, done_at = ?, claim_owner = NULL, claim_until = NULL,
                last_error = NULL
            WHERE id = ? AND claim_owner = ?
            """, arguments: [now.timeIntervalSince1970, id, owner])
    }

    /// The delivery failed: free the claim and try again at `next`.
    static func retry(_ id: Int64, owner: String, at next: Date, error: String, _ db: SQLTransaction) throws {
        try db.send(sql: """
            UPDATE mail_job SET next_attempt_at = ?, last_error = ?, claim_owner = NULL, claim_until = NULL
            WHERE id = ? AND claim_owner = ?
            """, arguments: [next.timeIntervalSince1970, error, id, owner])
    }

    /// A confirmation replaced by a newer one is not sent: its code no longer works.
    static func cancelPendingConfirmations(applicationID: String, _ db: SQLTransaction) throws {
        try db.send(sql: """
            UPDATE mail_job SET state = 'cancelled', message = NULL
            WHERE application_id = ? AND kind = ? AND state = 'pending'
            """, arguments: [applicationID, Kind.confirmation.rawValue])
    }

    /// The earliest time a pending job is due and free of another process's claim, if any.
    static func nextDue(_ db: SQLTransaction) throws -> Date? {
        try Double.fetchOne(db, sql: """
            SELECT min(CASE WHEN coalesce(claim_until, 0) > next_attempt_at THEN claim_until ELSE next_attempt_at END)
            FROM mail_job WHERE state = 'pending'
            """)
            .map(Date.init(timeIntervalSince1970:))
    }
}
