import Foundation
import NSSCore

/// The email associated with each CURP: the first one confirmed for it. Later procedures for the
/// CURP go to that address whatever is typed, so knowing someone's CURP is not enough to receive their
/// NSS and documents at an address of one's own; staff change it at the counter (`change`), recorded.
enum CURPEmailTable {
    /// The address associated with `curp`, if any.
    static func email(for curp: String, _ db: SQLTransaction) throws -> String? {
        try String.fetchOne(db, sql: "SELECT email FROM curp_email WHERE curp = ?", arguments: [curp])
    }

    /// Associates `email` with `curp` if it has no address yet. True when `email` is (now) the CURP's
    /// address — compared as mail systems do, without regard to letter case.
    static func associate(_ email: String, with curp: String, at now: Date, _ db: SQLTransaction) throws -> Bool {
        try db.execute(sql: "INSERT INTO curp_email (curp, email, bound_at) VALUES (?, ?, ?) ON CONFLICT (curp) DO NOTHING",
                       arguments: [curp, email, now.timeIntervalSince1970])
        return try Self.email(for: curp, db).map { EmailAddress.sameMailbox($0, email) } ?? false
    }

    /// Staff at the counter give `curp` a new address; the change is recorded without the addresses in
    /// clear. False when the CURP is not in the registry.
    static func change(_ curp: String, to email: EmailAddress, staff: String, reason: String, at now: Date,
                       _ db: SQLTransaction) throws -> Bool {
        guard try RegistryTable.person(curp: curp, db) != nil else { return false }
        let previous = try self.email(for: curp, db)
        try db.execute(sql: """
            INSERT INTO curp_email (curp, email, bound_at) VALUES (?, ?, ?)
            ON CONFLICT(curp) DO UPDATE SET email = excluded.email, bound_at = excluded.bound_at
            """, arguments: [curp, email.value, now.timeIntervalSince1970])
        try db.execute(sql: """
            INSERT INTO curp_email_change (curp, changed_at, staff, reason, previous_masked, new_masked)
            VALUES (?, ?, ?, ?, ?, ?)
            """, arguments: [curp, now.timeIntervalSince1970, staff, reason,
                             previous.flatMap { try? EmailAddress($0).masked }, email.masked])
        return true
    }
}
