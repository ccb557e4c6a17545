import Foundation
import NSSCore

extension EmbeddedBackend {
    /// The office server's limit of applications per CURP, across every terminal and every server
    /// process on this store: counts one submission of `curp` when fewer than `limit` were counted in
    /// the last `window`, and answers nil; else answers when the next one will be taken (and counts
    /// nothing). In the attempt log, beside the backend's own limits.
    public func admitSubmission(_ limit: SubmissionLimit) async throws -> Date? {
        try await shielded("admitSubmission") {
            let now = self.now
            return try await database.write { db in try Self.spendSubmission(limit, now: now, db) }
        }
    }

    /// Counts one submission against `limit`, or answers when the next one will be taken.
    static func spendSubmission(_ limit: SubmissionLimit, now: Date, _ db: SQLTransaction) throws -> Date? {
        try AttemptTable.spend(.serverSubmission, subject: limit.curp.value, limit: limit.count, window: limit.window, now: now, db)
    }
}
