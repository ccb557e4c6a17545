import Foundation
import GRDB
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
    }

    static func insert(id: String, curp: String, email: String, at now: Date, _ db: Database) throws {
        try db.execute(sql: "INSERT INTO application (id, curp, email, created_at) VALUES (?, ?, ?, ?)",
                       arguments: [id, curp, email, now.timeIntervalSince1970])
    }

    static func find(_ id: String, _ db: Database) throws -> Entry? {
        guard let row = try Row.fetchOne(db, sql: "SELECT * FROM application WHERE id = ?", arguments: [id]) else {
            return nil
        }
        var result: NSSResult?
        if let digits = row["nss"] as String?, let kindName = row["kind"] as String?,
           let folioText = row["folio"] as String?, let finishedAt = row["finished_at"] as Double? {
            guard let nss = try? NSS(digits), let kind = ProcedureKind(rawValue: kindName), let folio = Folio(folioText) else {
                throw RegistryTable.CorruptRow(column: "application result")
            }
            result = NSSResult(nss: nss, kind: kind, folio: folio, date: Date(timeIntervalSince1970: finishedAt))
        }
        return Entry(id: id, curp: row["curp"], email: row["email"], confirmed: row["confirmed_at"] as Double? != nil,
                     started: row["started_at"] as Double? != nil, result: result)
    }

    /// The application that was given this folio.
    static func id(folio: String, _ db: Database) throws -> String? {
        try String.fetchOne(db, sql: "SELECT id FROM application WHERE folio = ?", arguments: [folio])
    }

    static func markConfirmed(_ id: String, at now: Date, _ db: Database) throws {
        try db.execute(sql: "UPDATE application SET confirmed_at = ? WHERE id = ? AND confirmed_at IS NULL",
                       arguments: [now.timeIntervalSince1970, id])
    }

    static func markStarted(_ id: String, at now: Date, _ db: Database) throws {
        try db.execute(sql: "UPDATE application SET started_at = ? WHERE id = ? AND started_at IS NULL",
                       arguments: [now.timeIntervalSince1970, id])
    }

    static func storeResult(_ result: NSSResult, for id: String, _ db: Database) throws {
        try db.execute(sql: "UPDATE application SET nss = ?, kind = ?, folio = ?, finished_at = ? WHERE id = ?",
                       arguments: [result.nss.digits, result.kind.rawValue, result.folio.value,
                                   result.date.timeIntervalSince1970, id])
    }
}
