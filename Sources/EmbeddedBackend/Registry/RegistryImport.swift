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

    /// A file whose every row was found good: how many rows it has.
    struct Plan {
        var rowsRead: Int
    }

    /// Consecutive rows of the file, read again for writing.
    struct Step {
        var people: [(line: Int, person: PersonRecord, nameKey: String)]
    }

    /// What checking a file decided.
    enum Checked {
        /// Every row is good: write the file.
        case write(Plan)
        /// Some rows are not: nothing is written, and the report says which and why.
        case refuse(ImportReport)
    }

    /// The registry changed, under the plan, between its reading and its writing.
    struct RegistryChanged: Error {}

    /// Checks every row against a snapshot of the registry: the file's plan, or the report of what is
    /// wrong (nothing is written then). Keeps of each row only its CURP and NSS, packed (to find them
    /// again further down the file): some 50 bytes a row, where the rows themselves took a kilobyte.
    static func plan(_ text: String, _ db: SQLTransaction) throws -> Checked {
        var reader = CSVReader(text)
        let header: CSVReader.Record?
        do {
            header = try reader.next()
        } catch {
            return .refuse(openQuote(error))
        }
        guard let header, header.fields.map({ $0.trimmingCharacters(in: .whitespaces).lowercased() }) == RegistryRow.header else {
            return .refuse(ImportReport(rowsRead: 0, added: 0, updated: 0, problems: [
                ImportProblem(line: header?.line ?? 1,
                              reason: "La primera línea debe ser el encabezado \(RegistryRow.header.joined(separator: ","))."),
            ]))
        }
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
        var rowsRead = 0
        var curpLines: [UInt128: Int] = [:]
        var nssLines: [UInt64: Int] = [:]
        while true {
            let next: CSVReader.Record?
            do { next = try reader.next() } catch { return .refuse(openQuote(error)) }
            guard let row = next else { break }
            rowsRead += 1
            switch RegistryRow.person(row.fields) {
            case .failure(let refused):
                refuse(row.line, refused.reasons)
            case .success(let person):
                var reasons: [String] = []
                let curpKey = packed(person.curp.value)
                if let earlier = curpLines[curpKey] {
                    reasons.append("La CURP ya aparece en la línea \(earlier).")
                } else {
                    curpLines[curpKey] = row.line
                }
                if let nss = person.nss {
                    if let earlier = nssLines[UInt64(nss.digits)!] {
                        reasons.append("El NSS ya aparece en la línea \(earlier).")
                    } else {
                        nssLines[UInt64(nss.digits)!] = row.line
                    }
                    if let holder = try RegistryTable.holder(of: nss.digits, db), holder != person.curp.value {
                        reasons.append("El NSS ya pertenece a otra persona del registro.")
                    }
                    if let current = try RegistryTable.person(curp: person.curp.value, db)?.nss, current != nss {
                        reasons.append("Esta persona ya tiene otro NSS en el registro; un NSS no se cambia.")
                    }
                }
                if !reasons.isEmpty { refuse(row.line, reasons) }
            }
        }
        if let omitted {
            problems.append(ImportProblem(line: omitted.line, reason: "Y \(omitted.count) problemas más desde esta línea "
                + "(se muestran los primeros \(ImportReport.maximumProblems))."))
        }
        guard problems.isEmpty else {
            return .refuse(ImportReport(rowsRead: rowsRead, added: 0, updated: 0, problems: problems))
        }
        return .write(Plan(rowsRead: rowsRead))
    }

    /// The rows of a file `plan` found good, after `line` (those before it were written by an earlier
    /// step), read again `rows` at a time: only one step's people are in memory at once.
    static func steps(_ text: String, after line: Int, rows: Int = stepRows) -> some Sequence<Step> {
        var reader = CSVReader(text)
        _ = try? reader.next()  // the header
        return AnySequence {
            AnyIterator { () -> Step? in
                var people: [(line: Int, person: PersonRecord, nameKey: String)] = []
                while people.count < rows, let row = try? reader.next() {
                    guard row.line > line, case .success(let person) = RegistryRow.person(row.fields) else { continue }
                    people.append((row.line, person, RegistryTable.nameKey(of: person)))
                }
                return people.isEmpty ? nil : Step(people: people)
            }
        }
    }

    /// Writes a step, in the caller's transaction: a person already registered is updated, a new one
    /// added. Throws `RegistryChanged` (the caller rolls back and plans again) when a kiosk gave one
    /// of them another NSS, or gave the file's NSS to someone else, since the plan was made.
    static func apply(_ step: Step, _ db: SQLTransaction) throws -> ImportReport {
        let registered = try RegistryTable.registered(among: step.people.map(\.person.curp.value), db)
        var added: [(person: PersonRecord, nameKey: String?)] = []
        do {
            for entry in step.people {
                if registered.contains(entry.person.curp.value) {
                    guard try RegistryTable.update(entry.person, nameKey: entry.nameKey, db) else { throw RegistryChanged() }
                } else {
                    added.append((entry.person, entry.nameKey))
                }
            }
            try RegistryTable.insertAll(added, db)
        } catch let error as StoreFailure where error.kind == .uniqueViolation {
            throw RegistryChanged()
        }
        return ImportReport(rowsRead: 0, added: added.count, updated: step.people.count - added.count, problems: [])
    }

    private static func openQuote(_ error: CSVReader.UnterminatedQuote) -> ImportReport {
        ImportReport(rowsRead: 0, added: 0, updated: 0, problems: [
            ImportProblem(line: error.line, reason: "Unas comillas abiertas aquí no se cierran."),
        ])
    }

    /// A valid CURP (18 ASCII capitals and digits) in 126 bits: the key that finds it again in the file.
    private static func packed(_ curp: String) -> UInt128 {
        curp.utf8.reduce(0) { $0 << 7 | UInt128($1 & 0x7F) }
    }
}
