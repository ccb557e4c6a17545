import Foundation
import GRDB
import NSSCore

/// Loads a registry file into the database, all or nothing: every row is checked (on its own, against
/// the other rows, and against the registry) before anything is written, in one transaction.
enum RegistryImport {
    static func run(_ text: String, _ db: Database) throws -> ImportReport {
        let table: CSVTable
        do {
            table = try CSVTable(parsing: text)
        } catch {
            return ImportReport(rowsRead: 0, added: 0, updated: 0, problems: [
                ImportProblem(line: error.line, reason: "Unas comillas abiertas aquí no se cierran."),
            ])
        }
        guard let first = table.records.first,
              first.fields.map({ $0.trimmingCharacters(in: .whitespaces).lowercased() }) == RegistryRow.header else {
            return ImportReport(rowsRead: 0, added: 0, updated: 0, problems: [
                ImportProblem(line: table.records.first?.line ?? 1,
                              reason: "La primera línea debe ser el encabezado \(RegistryRow.header.joined(separator: ","))."),
            ])
        }
        let rows = table.records.dropFirst()
        var problems: [ImportProblem] = []
        var people: [(line: Int, person: PersonRecord, exists: Bool)] = []
        var curpLines: [String: Int] = [:]
        var nssLines: [String: Int] = [:]
        for row in rows {
            switch RegistryRow.person(row.fields) {
            case .failure(let refused):
                problems += refused.reasons.map { ImportProblem(line: row.line, reason: $0) }
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
                    people.append((row.line, person, stored != nil))
                } else {
                    problems += reasons.map { ImportProblem(line: row.line, reason: $0) }
                }
            }
        }
        guard problems.isEmpty else {
            return ImportReport(rowsRead: rows.count, added: 0, updated: 0, problems: problems)
        }
        for entry in people {
            if entry.exists { try RegistryTable.update(entry.person, db) } else { try RegistryTable.insert(entry.person, db) }
        }
        let updated = people.filter(\.exists).count
        return ImportReport(rowsRead: rows.count, added: people.count - updated, updated: updated, problems: [])
    }
}
