import Foundation

/// The audit log's rows (Schema v5). Never deleted by `purge`, which removes the applications they name.
enum AuditTable {
    static func record(_ event: AuditEvent, _ db: SQLTransaction) throws {
        try db.send(sql: """
            INSERT INTO audit_event (at, terminal, application_id, folio, step, outcome) VALUES (?, ?, ?, ?, ?, ?)
            """, arguments: [event.at.timeIntervalSince1970, event.terminal, event.application, event.folio,
                             event.step.rawValue, event.outcome])
    }

    /// The events from `since` on, oldest first.
    static func events(since: Date, _ db: SQLTransaction) throws -> [AuditEvent] {
        try SQLRow.fetchAll(db, sql: "SELECT * FROM audit_event WHERE at >= ? ORDER BY at, id",
                         arguments: [since.timeIntervalSince1970]).map { row in
            try AuditEvent(at: Date(timeIntervalSince1970: row["at"]), terminal: row["terminal"],
                       application: row["application_id"], folio: row["folio"],
                       step: AuditStep(rawValue: row["step"]) ?? .submission, outcome: row["outcome"])
        }
    }
}
