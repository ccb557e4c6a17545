import Foundation
import NSSCore

/// What `purge` removed: counts only.
public struct PurgeReport: Sendable, Hashable {
    public var applications = 0
    public var emails = 0
    public var documents = 0
    /// Old applications kept because an email of theirs is still waiting to be delivered.
    public var keptForPendingMail = 0
}

extension EmbeddedBackend {
    /// Adds a line to the audit log. A line that cannot be written is logged, never made the person's
    /// failure: the call it describes has already happened.
    func audit(_ step: AuditStep, _ outcome: String, application: String?, folio: String? = nil) async {
        let event = AuditEvent(at: now, terminal: CallOrigin.terminal ?? configuration.terminal, application: application, folio: folio, step: step,
                               outcome: outcome)
        do {
            try await database.write { db in try AuditTable.record(event, db) }
        } catch {
            logger.error("audit line not written", metadata: ["step": "\(step.rawValue)", "cause": "\(Self.cause(of: error))"])
        }
    }

    /// The audit line of the call being made, to be written in the call's own transaction (`audited`):
    /// the line then says exactly what was committed, and costs no transaction of its own (on
    /// PostgreSQL, a round trip and a turn of the write lock each).
    struct AuditLine: Sendable {
        let at: Date
        let terminal: String
        let step: AuditStep

        func record(_ outcome: Result<Void, BackendError>, application: String?, folio: String? = nil,
                    _ db: SQLTransaction) throws {
            try AuditTable.record(AuditEvent(at: at, terminal: terminal, application: application, folio: folio, step: step,
                                             outcome: EmbeddedBackend.auditOutcome(outcome)), db)
        }
    }

    /// The line of `step` by the calling terminal, now. Made before the transaction: the terminal is the
    /// call's task-local, which the store's thread does not see.
    func auditLine(_ step: AuditStep) -> AuditLine {
        AuditLine(at: now, terminal: CallOrigin.terminal ?? configuration.terminal, step: step)
    }

    /// `body` and the audit line of its outcome, in one transaction.
    func audited<T: Sendable>(_ step: AuditStep, application: String, folio: @escaping @Sendable (T) -> String? = { _ in nil },
                              _ body: @escaping @Sendable (SQLTransaction) throws -> Result<T, BackendError>)
        -> @Sendable (SQLTransaction) throws -> Result<T, BackendError> {
        let line = auditLine(step)
        return { db in
            let outcome = try body(db)
            try line.record(outcome.map { _ in }, application: application, folio: (try? outcome.get()).flatMap(folio), db)
            return outcome
        }
    }

    static func auditOutcome(_ outcome: Result<Void, BackendError>) -> String {
        switch outcome {
        case .success: "hecho"
        case .failure(let error): reason(error)
        }
    }

    /// The audit log from `since` on, oldest first.
    public func auditEvents(since: Date = .distantPast) async throws -> [AuditEvent] {
        try await shielded("auditEvents") { try await database.read { db in try AuditTable.events(since: since, db) } }
    }

    /// Removes the applications finished, or abandoned, before `cutoff` — with their confirmation
    /// secrets, email jobs, sealed records (the documents are made from them) and their messages in the
    /// outbox — and writes one audit line for each. The audit log stays; so do the CURPs' associated
    /// emails, which protect the people's records. An application whose email still waits to be
    /// delivered is kept until it is.
    public func purge(before cutoff: Date) async throws -> PurgeReport {
        try await shielded("purge") {
            let limit = cutoff.timeIntervalSince1970
            let (ids, report) = try await database.write { db -> ([String], PurgeReport) in
                let old = try String.fetchAll(db, sql: """
                    SELECT id FROM application
                    WHERE created_at < ? AND COALESCE(confirmed_at, 0) < ? AND COALESCE(started_at, 0) < ?
                        AND COALESCE(finished_at, 0) < ?
                    """, arguments: [limit, limit, limit, limit])
                // Answers kept by idempotency key hold what a call answered (a ticket, a result).
                try db.execute(sql: "DELETE FROM idempotent_call WHERE created_at < ?", arguments: [limit])
                var report = PurgeReport()
                var purged: [String] = []
                for id in old {
                    let waiting = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM mail_job WHERE application_id = ? AND state != 'done'",
                                                   arguments: [id]) ?? 0
                    if waiting > 0 { report.keptForPendingMail += 1; continue }
                    report.emails += try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM mail_job WHERE application_id = ?", arguments: [id]) ?? 0
                    report.documents += try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM sealed_record WHERE application_id = ?",
                                                         arguments: [id]) ?? 0
                    try db.execute(sql: "DELETE FROM sealed_record WHERE application_id = ?", arguments: [id])
                    try db.execute(sql: "DELETE FROM mail_job WHERE application_id = ?", arguments: [id])
                    try db.execute(sql: "DELETE FROM document_link WHERE application_id = ?", arguments: [id])
                    try db.execute(sql: "DELETE FROM confirmation_secret WHERE application_id = ?", arguments: [id])
                    try db.execute(sql: "DELETE FROM application WHERE id = ?", arguments: [id])
                    purged.append(id)
                }
                report.applications = purged.count
                return (purged, report)
            }
            if let maildir, !ids.isEmpty {
                try maildir.removeMessages(ofApplications: Set(ids))
            }
            for id in ids { await audit(.purge, Self.auditOutcome(.success(())), application: id) }
            logger.info("purge", metadata: ["applications": "\(report.applications)", "kept": "\(report.keptForPendingMail)"])
            return report
        }
    }
}
