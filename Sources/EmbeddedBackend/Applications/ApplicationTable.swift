import Foundation
import NSSCore

/// Applications: one run of the procedure for one CURP and email, from "PULSA CONTINUAR" to the result.
enum ApplicationTable {
    /// One stored application.
    struct Entry {
        var id: String
        var curp: String
        var email: String
        var confirmed: Bool
        var started: Bool
        var result: NSSResult?
        /// The account and host that submitted it; nil for a kiosk's (never offered for resuming).
        var opener: Opener?
        /// The last screen without a call that the person reached.
        var progress: ApplicationProgress?
        /// Whether the person left it on purpose.
        var left: Bool
        /// The latest of its own times.
        var lastActivity: Date
        /// The catalogue code of the language its emails are written in.
        var language: String
    }

    /// Who submitted an application: the Unix account on its host, and the terminal it was typed at.
    struct Opener: Hashable, Sendable {
        var host: String
        var account: String
        var terminal: String
    }

    static func insert(id: String, curp: String, email: String, language: String, openedBy opener: Opener?, at now: Date,
                       _ db: SQLTransaction) throws {
        try db.send(sql: """
            INSERT INTO application (id, curp, email, language, created_at, opened_host, opened_account, opened_terminal)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?)
            """, arguments: [id, curp, email, language, now.timeIntervalSince1970, opener?.host, opener?.account,
                             opener?.terminal])
    }

    /// The ids of the applications `account` submitted on `host` since `since` and did not leave, newest first.
    static func openedBy(account: String, host: String, since: Date, _ db: SQLTransaction) throws -> [String] {
        try String.fetchAll(db, sql: """
            SELECT id FROM application
            WHERE opened_account = ? AND opened_host = ? AND left_at IS NULL AND created_at >= ?
            ORDER BY created_at DESC
            """, arguments: [account, host, since.timeIntervalSince1970])
    }

    /// Records the screen the person reached, or that they left.
    static func record(_ progress: ApplicationProgress, for id: String, at now: Date, _ db: SQLTransaction) throws {
        if progress == .left {
            try db.send(sql: "UPDATE application SET left_at = ? WHERE id = ? AND left_at IS NULL",
                           arguments: [now.timeIntervalSince1970, id])
        } else {
            try db.send(sql: "UPDATE application SET progress = ? WHERE id = ?", arguments: [progress.rawValue, id])
        }
    }

    /// The terminal an application is now typed at, after it was taken up again there.
    static func moveTerminal(of id: String, to terminal: String, _ db: SQLTransaction) throws {
        try db.send(sql: "UPDATE application SET opened_terminal = ? WHERE id = ?", arguments: [terminal, id])
    }

    static func find(_ id: String, _ db: SQLTransaction) throws -> Entry? {
        guard let row = try SQLRow.fetchOne(db, sql: "SELECT * FROM application WHERE id = ?", arguments: [id]) else {
            return nil
        }
        var result: NSSResult?
        if let digits = try row["nss"] as String?, let kindName = try row["kind"] as String?,
           let folioText = try row["folio"] as String?, let finishedAt = try row["finished_at"] as Double? {
            guard let nss = try? NSS(digits), let kind = ProcedureKind(rawValue: kindName), let folio = Folio(folioText) else {
                throw SQLRow.ColumnMismatch(column: "application result")
            }
            result = NSSResult(nss: nss, kind: kind, folio: folio, date: Date(timeIntervalSince1970: finishedAt))
        }
        var opener: Opener?
        if let host = try row["opened_host"] as String?, let account = try row["opened_account"] as String? {
            opener = Opener(host: host, account: account, terminal: try row["opened_terminal"] ?? "")
        }
        let times = try ["created_at", "confirmed_at", "started_at", "finished_at"].compactMap { try row[$0] as Double? }
        return try Entry(id: id, curp: row["curp"], email: row["email"], confirmed: row["confirmed_at"] as Double? != nil,
                     started: row["started_at"] as Double? != nil, result: result, opener: opener,
                     progress: (row["progress"] as String?).flatMap(ApplicationProgress.init(rawValue:)),
                     left: row["left_at"] as Double? != nil,
                     lastActivity: Date(timeIntervalSince1970: times.max() ?? 0), language: row["language"])
    }

    /// The application that was given this folio.
    static func id(folio: String, _ db: SQLTransaction) throws -> String? {
        try String.fetchOne(db, sql: "SELECT id FROM application WHERE folio = ?", arguments: [folio])
    }

    static func markConfirmed(_ id: String, at now: Date, _ db: SQLTransaction) throws {
        try db.send(sql: "UPDATE application SET confirmed_at = ? WHERE id = ? AND confirmed_at IS NULL",
                       arguments: [now.timeIntervalSince1970, id])
    }

    static func markStarted(_ id: String, at now: Date, _ db: SQLTransaction) throws {
        try db.send(sql: "UPDATE application SET started_at = ? WHERE id = ? AND started_at IS NULL",
                       arguments: [now.timeIntervalSince1970, id])
    }

    static func storeResult(_ result: NSSResult, for id: String, _ db: SQLTransaction) throws {
        try db.send(sql: "UPDATE application SET nss = ?, kind = ?, folio = ?, finished_at = ? WHERE id = ?",
                       arguments: [result.nss.digits, result.kind.rawValue, result.folio.value,
                                   result.date.timeIntervalSince1970, id])
    }
}

extension ApplicationTable {
    /// The catalogue code of the language an application's emails are written in; nil when there is none.
    static func language(of id: String, _ db: SQLTransaction) throws -> String? {
        try String.fetchOne(db, sql: "SELECT language FROM application WHERE id = ?", arguments: [id])
    }
}
