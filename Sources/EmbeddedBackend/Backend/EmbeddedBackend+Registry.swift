import Documents
import Foundation
import NSSCore

extension EmbeddedBackend {
    /// "¿No te sabes tu CURP?": people whose names (ignoring accents and case), birth date, sex and state
    /// match. Homonyms come back together.
    public func lookupCURP(_ query: PersonQuery) async throws -> [CURPMatch] {
        try await shielded("lookupCURP") {
            let matches = try await database.read { db in try RegistryTable.lookup(query, db) }
            logger.info("curp lookup", metadata: ["matches": "\(matches.count)"])
            return matches
        }
    }

    /// People of the registry in the order they were added (`nss-kiosk registry list`).
    public func listRegistry(limit: Int, offset: Int = 0) throws -> [PersonRecord] {
        try shieldedSync("listRegistry") {
            try database.readNow { db in try RegistryTable.list(limit: limit, offset: offset, db) }
        }
    }

    /// Staff at the counter give a CURP a new email (the person proved who they are there): later
    /// procedures for it go to that address. Recorded with `staff` and `reason`, the addresses masked.
    /// False when the CURP is not in the registry.
    public func changeEmail(of curp: CURP, to email: EmailAddress, staff: String, reason: String) throws -> Bool {
        try shieldedSync("changeEmail") {
            let now = self.now
            let changed = try database.writeNow { db in
                try CURPEmailTable.change(curp.value, to: email, staff: staff, reason: reason, at: now, db)
            }
            if changed { logger.notice("email of a CURP changed by staff") }
            return changed
        }
    }

    /// How many people the registry holds.
    public func registryCount() throws -> Int {
        try shieldedSync("registryCount") { try database.readNow(RegistryTable.count) }
    }

    /// Loads a CSV file of people (header `curp,nombres,primer_apellido,segundo_apellido,sexo,
    /// fecha_nacimiento,entidad,nss`), all or nothing: when any row is bad the registry is unchanged and
    /// the report lists every bad row with its line and reason. A CURP already registered has its data
    /// replaced, but an NSS is never changed or removed. Throws `RegistryImportError` for a file that
    /// cannot be read.
    public func importRegistry(csv url: URL) throws -> ImportReport {
        // Read like a document to verify: a regular file only (a FIFO or /dev/stdin would wait forever,
        // /dev/zero would fill the memory) and within a limit, checked before anything is read.
        let bytes: [UInt8]
        do {
            switch try DocumentFile.load(url.path, limit: RegistryImportError.maximumFileSize) {
            case .bytes(let read): bytes = read
            case .tooLarge(let size): throw RegistryImportError.tooLarge(path: url.path, bytes: size)
            }
        } catch let failure as DocumentFile.Unreadable {
            if failure.isMissing { throw RegistryImportError.unreadable(path: url.path) }
            throw RegistryImportError.notAFile(path: url.path, reason: failure.reason)
        }
        guard let text = String(validating: bytes, as: UTF8.self) else { throw RegistryImportError.notUTF8(path: url.path) }
        return try shieldedSync("importRegistry") {
            let report = try importPlanned(text)
            logger.info("registry import", metadata: [
                "rows": "\(report.rowsRead)", "added": "\(report.added)", "updated": "\(report.updated)",
                "problems": "\(report.problems.count)",
            ])
            return report
        }
    }

    /// Plans on a snapshot, then writes in steps of `RegistryImport.stepRows` rows, each its own short
    /// transaction: a kiosk's write waits for one step at most, however large the file (a whole state's
    /// registry in one transaction held the lock past the 5 s every writer waits). A step overtaken by a
    /// kiosk's write is planned again from there (a few times: a registry busy enough to overtake it
    /// every time says so). Steps already written stay: the report says how many, and loading the same
    /// file again finishes the work (those rows are then updated with the same data).
    private func importPlanned(_ text: String) throws -> ImportReport {
        var written = ImportReport(rowsRead: 0, added: 0, updated: 0, problems: [])
        var lastWrittenLine = 0
        for _ in 0..<5 {
            let plan: RegistryImport.Plan
            switch try database.readNow({ db in try RegistryImport.plan(text, db) }) {
            case .refuse(let report): return written.stopped(by: report)
            case .write(let planned): plan = planned
            }
            written.rowsRead = plan.rowsRead
            do {
                for step in RegistryImport.steps(text, after: lastWrittenLine) {
                    let done: ImportReport
                    do {
                        done = try database.writeNow { db in try RegistryImport.apply(step, db) }
                    } catch let failure where !(failure is RegistryImport.RegistryChanged) {
                        logger.error("registry import stopped", metadata: ["cause": "\(Self.cause(of: failure))"])
                        let why = Self.isDiskFull(failure) ? "el disco está lleno" : "falla del almacén \(Self.cause(of: failure))"
                        return written.stopped(by: ImportReport(rowsRead: plan.rowsRead, added: 0, updated: 0, problems: [
                            ImportProblem(line: step.people.first?.line ?? 1, reason: "No se pudo escribir desde esta fila: \(why)."),
                        ]))
                    }
                    written.added += done.added
                    written.updated += done.updated
                    lastWrittenLine = step.people.last?.line ?? lastWrittenLine
                }
                return written
            } catch is RegistryImport.RegistryChanged {
                continue
            }
        }
        return written.stopped(by: ImportReport(rowsRead: 0, added: 0, updated: 0, problems: [ImportProblem(
            line: 1, reason: "El registro cambió una y otra vez mientras se cargaba el archivo. Vuelve a intentarlo.")]))
    }
}
