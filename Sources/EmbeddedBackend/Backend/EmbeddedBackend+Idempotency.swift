import Foundation
import NSSCore

/// The office server's answers kept by idempotency key, in the store beside what the calls changed, so
/// they survive a restart and every server process on the store sees them.
extension EmbeddedBackend {
    /// Claims `call`'s key before running it (see `IdempotencyClaim`).
    /// With `limit`, a submission is also counted against the office's limit for its CURP, in the same
    /// transaction (one fewer than `admitSubmission` apart): over it, the key is let go and the call is
    /// `.limited`.
    public func claim(_ call: IdempotentCall, counting limit: SubmissionLimit? = nil) async throws -> IdempotencyClaim {
        try await shielded("idempotency claim") {
            let (now, owner) = (self.now, claimOwner)
            let purges = idempotencyPurge.isDue(at: now)
            return try await database.write { db in
                let claim = try IdempotencyTable.claim(call, owner: owner, now: now, purgesOld: purges,
                                                       ownerIsGone: ClaimOwner.isGone, db)
                guard claim == .run, let limit else { return claim }
                guard let until = try Self.spendSubmission(limit, now: now, db) else { return claim }
                try IdempotencyTable.release(call, db)
                return .limited(until: until)
            }
        }
    }

    /// Keeps the answer of a call that ran after `claim`: a repeat of its key gets it.
    public func record(_ call: IdempotentCall, status: Int, answer: [UInt8]) async throws {
        try await shielded("idempotency record") {
            try await database.write { db in try IdempotencyTable.record(call, status: status, answer: Data(answer), db) }
        }
    }

    /// Lets go of a key whose call failed without an answer worth keeping (the store failed): a repeat
    /// runs it again.
    public func release(_ call: IdempotentCall) async {
        do {
            try await database.write { db in try IdempotencyTable.release(call, db) }
        } catch {
            logger.error("idempotency key not released", metadata: ["cause": "\(Self.cause(of: error))"])
        }
    }

    /// Whether the store answers: the office server's health check.
    public func checkStore() async throws {
        try await shielded("health") {
            _ = try await database.read { db in try Int.fetchOne(db, sql: "SELECT 1") }
        }
    }
}
