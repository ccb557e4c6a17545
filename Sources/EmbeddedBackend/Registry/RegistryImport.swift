import Foundation
import NSSCore

/// Loads a registry file into the database: every row is checked (on its own, against the other rows,
/// and against the registry) before anything is written, and a file with any bad row writes nothing.
///
/// The checking, which is most of the work (a second per ten thousand rows), reads a snapshot of the
/// registry and holds no lock: kiosks go on assigning NSS meanwhile. Only the writing takes the write
/// lock, a step of `stepRows` rows at a time, and each step checks that what the plan relied on still
/// holds (`apply`); if a kiosk changed one of those people in between, that step is not written and the
/// rest of the file is planned again.
enum RegistryImport {
    /// Rows written in one transaction: a few milliseconds of the write lock on a quiet machine, so a
    /// kiosk's write never waits long, even on a starved machine, for a file of any size.
    static let stepRows = 1_000

    /// The rows to write, once every one was found good.
    struct Plan {
        var people: [(line: Int, person: PersonRecord, exists: Bool, nameKey: String)]
        var rowsRead: Int

        /// The rows after `line` (those before it were written by an earlier step).
        func after(line: Int) -> Plan {
            Plan(people: people.filter { $0.line > line }, rowsRead: rowsRead)
        }

        /// The plan in consecutive parts of at most `rows` rows, in the file's order.
        func steps(of rows: Int) -> [Plan] {
            stride(from: 0, to: people.count, by: rows).map {
                Plan(people: Array(people[$0..<min($0 + rows, people.count)]), rowsRead: rowsRead)
            }
        }
    }

    /// What checking a file decided.
    enum Checked {
        /// Every row is good: write these.
        case write(Plan)
        /// Some rows are not: nothing is written, and the report says which and why.
        case refuse(ImportReport)
    }

    /// The registry changed, under the plan, between its reading and its writing.
    struct RegistryChanged: Error {}

    /// Checks every row against a snapshot of the registry: the rows to write, or the report of
    /// what is wrong (nothing is written then).
    static func plan(_ text: String, _ db: SQLTransaction) throws -> Checked {
        let table: CSVTable
        do {
            table = try CSVTable(parsing: text)
        } catch {
            return .refuse(ImportReport(rowsRead: 0, added: 0, updated: 0, problems: [
                ImportProblem(line: error.line, reason: "Unas comillas abiertas aquí no se cierran."),
            ]))
        }
        guard let first = table.records.first,
              first.fields.map({ $0.trimmingCharacters(in: .whitespaces).lowercased() }) == RegistryRow.header else {
            return .refuse(ImportReport(rowsRead: 0, added: 0, updated: 0, problems: [
                ImportProblem(line: table.records.first?.line ?? 1,
                              reason: "La primera línea debe ser el encabezado \(RegistryRow.header.joined(separator: ","))."),
            ]))
        }
        let rows = table.records.dropFirst()
        var problems: [ImportProblem] = []
        // Past the first thousand, problems are only counted: a file of a million bad rows kept a
        // million messages in memory (and printed them), none of which staff would read.
        var omitted: (line: Int, count: Int)?
        func refuse(_ line: Int, _ reasons: [String]) {
            for reason in reasons {
                if problems.count < ImportReport.maximumProblems {
                    problems.append(ImportProblem(line: line, reason: reason))
                } else {
                    omitted = (omitted?.line ?? line, (omitted?.count ?? 0) + 1)
                }
            }
        }
        var people: [(line: Int, person: PersonRecord, exists: Bool, nameKey: String)] = []
        var curpLines: [String: Int] = [:]
        var nssLines: [String: Int] = [:]
        for row in rows {
            switch RegistryRow.person(row.fields) {
            case .failure(let refused):
                refuse(row.line, refused.reasons)
            case .success(let person):
                var reasons: [String] = []
                if let earlier = curpLines[person.curp.value] {
                    reasons.append("La CURP ya aparece en la línea \(earlier).")
                } else {
                    curpLines[person.curp.value] = row.line
                }
                let stored = try RegistryTable.person(curp: person.curp.value, db)
                if let nss = person.nss {
                    if let earlier = nssLines[nss.digits] {
                        reasons.append("El NSS ya aparece en la línea \(earlier).")
                    } else {
                        nssLines[nss.digits] = row.line
                    }
                    if let holder = try RegistryTable.holder(of: nss.digits, db), holder != person.curp.value {
                        reasons.append("El NSS ya pertenece a otra persona del registro.")
                    }
                    if let current = stored?.nss, current != nss {
                        reasons.append("Esta persona ya tiene otro NSS en el registro; un NSS no se cambia.")
                    }
                }
                if reasons.isEmpty {
                    people.append((row.line, person, stored != nil, RegistryTable.nameKey(of: person)))
                } else {
                    refuse(row.line, reasons)
                }
            }
        }
        if let omitted {
            problems.append(ImportProblem(line: omitted.line, reason: "Y \(omitted.count) problemas más desde esta línea "
                + "(se muestran los primeros \(ImportReport.maximumProblems))."))
        }
        guard problems.isEmpty else {
            return .refuse(ImportReport(rowsRead: rows.count, added: 0, updated: 0, problems: problems))
        }
        return .write(Plan(people: people, rowsRead: rows.count))
    }

    /// Writes a plan, in the caller's transaction. Throws `RegistryChanged` (the caller rolls back and
    /// plans again) when a person the plan saw as new now exists, or one it updates got an NSS.
    static func apply(_ plan: Plan, _ db: SQLTransaction) throws -> ImportReport {
        do {
            for entry in plan.people where entry.exists {
                guard try RegistryTable.update(entry.person, nameKey: entry.nameKey, db) else { throw RegistryChanged() }
            }
            try RegistryTable.insertAll(plan.people.filter { !$0.exists }.map { ($0.person, $0.nameKey) }, db)
        } catch let error as StoreFailure where error.kind == .uniqueViolation {
            throw RegistryChanged()
        }
        let updated = plan.people.filter(\.exists).count
        return ImportReport(rowsRead: plan.rowsRead, added: plan.people.count - updated, updated: updated, problems: [])
    }
}
