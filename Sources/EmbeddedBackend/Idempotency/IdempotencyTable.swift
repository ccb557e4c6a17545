import Foundation

/// Answers kept by idempotency key (`idempotent_call`): a call claims its key before it runs and records
/// its answer after; a repeat finds the answer, or the claim of the call still running.
enum IdempotencyTable {
    /// How long a running call holds its key before another process may take it over (a process of this
    /// host that is gone loses it at once).
    static let lease: TimeInterval = 120
    /// How long an answer is kept: repeats come within seconds.
    static let kept: TimeInterval = 3600

    /// A new key (the common case), or one older than an answer is kept and not cleared yet, is claimed in
    /// one statement; a key seen within the hour is read and judged.
    static func claim(_ call: IdempotentCall, owner: String, now: Date, purgesOld: Bool, ownerIsGone: (String) -> Bool,
                      _ db: SQLTransaction) throws -> IdempotencyClaim {
        let time = now.timeIntervalSince1970
        if purgesOld { try db.send(sql: "DELETE FROM idempotent_call WHERE created_at < ?", arguments: [time - kept]) }
        if try SQLRow.fetchOne(db, sql: """
            INSERT INTO idempotent_call (terminal, key, call, fingerprint, created_at, owner, lease_until)
            VALUES (?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT (terminal, key) DO UPDATE SET call = excluded.call, fingerprint = excluded.fingerprint,
                created_at = excluded.created_at, owner = excluded.owner, lease_until = excluded.lease_until,
                status = NULL, answer = NULL
            WHERE idempotent_call.created_at < ?
            RETURNING key
            """, arguments: [call.terminal, call.key, call.call, call.fingerprint, time, owner, time + lease, time - kept]) != nil {
            return .run
        }
        guard let row = try SQLRow.fetchOne(db, sql: "SELECT * FROM idempotent_call WHERE terminal = ? AND key = ?",
                                            arguments: [call.terminal, call.key]) else {
            // The claim's conflict found it, in this same write transaction: it cannot have gone.
            throw StoreFailure(kind: .other, code: "idempotent_call row gone within its claim")
        }
        guard try row["call"] as String == call.call, try row["fingerprint"] as String == call.fingerprint else { return .otherCall }
        if let status = try row["status"] as Int?, let answer = try row["answer"] as Data? {
            return .answered(status: status, body: [UInt8](answer))
        }
        let previous = try row["owner"] as String?
        let leaseUntil = try row["lease_until"] as Double? ?? 0
        guard leaseUntil <= time || previous.map(ownerIsGone) == true else { return .underWay }
        // Its process died while running it: run it again (each such call is safe to repeat once its
        // first run is lost — a used captcha refuses, Paso 2 gives the same NSS).
        try db.send(sql: "UPDATE idempotent_call SET owner = ?, lease_until = ? WHERE terminal = ? AND key = ?",
                    arguments: [owner, time + lease, call.terminal, call.key])
        return .run
    }

    static func record(_ call: IdempotentCall, status: Int, answer: Data, _ db: SQLTransaction) throws {
        try db.send(sql: """
            UPDATE idempotent_call SET status = ?, answer = ?, owner = NULL, lease_until = NULL
            WHERE terminal = ? AND key = ?
            """, arguments: [status, answer, call.terminal, call.key])
    }

    static func release(_ call: IdempotentCall, _ db: SQLTransaction) throws {
        try db.send(sql: "DELETE FROM idempotent_call WHERE terminal = ? AND key = ? AND status IS NULL",
                       arguments: [call.terminal, call.key])
    }
}
