import Documents
import Foundation
import NSSCore

extension EmbeddedBackend {
    /// The two documents of a finished procedure: the constancia and the tarjeta of its folio.
    public func documents(_ id: ApplicationID) async throws -> [DocumentInfo] {
        try await shielded("documents") {
            let application = try await database.read { db in try ApplicationTable.find(id.rawValue, db) }
            guard let application else { throw BackendError.applicationNotFound }
            guard let result = application.result else { throw BackendError.outOfOrder }
            return DocumentKind.allCases.map { kind in
                DocumentInfo(id: Self.documentID(result.folio, kind), folio: result.folio, date: result.date, kind: kind)
            }
        }
    }

    /// One document as a PDF, rendered from the folio's sealed record: the same bytes every time. An id
    /// that names no folio of this service is `.applicationNotFound`.
    public func document(_ id: DocumentID) async throws -> Data {
        try await shielded("document") {
            guard let (folio, kind) = Self.parse(id) else { throw BackendError.applicationNotFound }
            if let record = try await database.read({ db in try SealedRecordTable.record(folio: folio.value, db) }) {
                return try await render(kind, record)
            }
            guard let application = try await database.read({ db in try ApplicationTable.id(folio: folio.value, db) }) else {
                throw BackendError.applicationNotFound
            }
            return try await render(kind, try await storedRecord(application))
        }
    }

    /// "Enviar copia a mi correo": the result email again, with both documents attached, as a mail job.
    /// Limited per application like the confirmation's resends.
    @discardableResult
    public func emailDocuments(_ id: ApplicationID) async throws -> Bool {
        try await shielded("emailDocuments") {
            let now = self.now
            let limits = configuration.limits
            let claim = freshClaim
            let outcome: Result<MailJobTable.Job, BackendError> =
                try await database.write(audited(.copy, application: id.rawValue) { db in
                guard let application = try ApplicationTable.find(id.rawValue, db) else {
                    return .failure(.applicationNotFound)
                }
                guard application.result != nil else { return .failure(.outOfOrder) }
                if let until = try AttemptTable.spend(
                    .documentEmail, subject: id.rawValue, limit: limits.documentEmailsPerApplication,
                    window: limits.documentEmailWindow, now: now, db) {
                    return .failure(.tooManyAttempts(retryAfter: until))
                }
                return .success(try MailJobTable.enqueue(.copy, applicationID: id.rawValue, claim: claim, at: now, db))
            })
            try report(outcome.map { _ in }, event: "documents copy requested", application: id.rawValue)
            // Delivered now; when the outbox fails, the job stays pending and is retried.
            return await deliver(try outcome.get())
        }
    }

    /// The stored record of a finished application. One finished before records were kept is sealed now,
    /// once: whichever process stores it first, every process renders from that record.
    func storedRecord(_ applicationID: String) async throws -> SealedRecord {
        if let record = try await database.read({ db in try SealedRecordTable.record(applicationID: applicationID, db) }) {
            return record
        }
        let sealer = try await seal.sealer()
        let now = self.now
        let outcome: Result<SealedRecord, BackendError> = try await database.write { db in
            guard let application = try ApplicationTable.find(applicationID, db) else { return .failure(.applicationNotFound) }
            guard let result = application.result else { return .failure(.outOfOrder) }
            return .success(try Self.sealedRecord(application, result: result, sealer: sealer, now: now, db))
        }
        return try outcome.get()
    }

    /// The application's record as stored, or sealed and stored now, inside the caller's transaction.
    static func sealedRecord(_ application: ApplicationTable.Entry, result: NSSResult, sealer: Sealer, now: Date,
                             _ db: SQLTransaction) throws -> SealedRecord {
        if let stored = try SealedRecordTable.record(applicationID: application.id, db) { return stored }
        guard let person = try RegistryTable.person(curp: application.curp, db) else {
            throw SQLRow.ColumnMismatch(column: "application curp")
        }
        let record = try sealer.seal(person: person, result: result)
        try SealedRecordTable.insert(record, applicationID: application.id, at: now, db)
        return record
    }

    /// Renders one document and signs it with the installation's key (here, where the key lives: the
    /// renderer never holds it), logging how long it took (never what it says).
    func render(_ kind: DocumentKind, _ record: SealedRecord) async throws(DocumentError) -> Data {
        let clock = ContinuousClock()
        let start = clock.now
        let pdf = try await seal.sealer().sign(try await configuration.renderer.render(kind, record), of: record)
        let milliseconds = start.duration(to: clock.now) / .milliseconds(1)
        logger.debug("document rendered", metadata: [
            "document": "\(kind.rawValue)", "bytes": "\(pdf.count)", "milliseconds": "\(Int(milliseconds.rounded()))",
        ])
        return pdf
    }

    /// `<folio>-constancia`, `<folio>-tarjeta`.
    static func documentID(_ folio: Folio, _ kind: DocumentKind) -> DocumentID {
        DocumentID(rawValue: "\(folio.value)-\(kind.rawValue)")
    }

    /// The folio and the kind a document id names, or nil when it is not one of ours.
    static func parse(_ id: DocumentID) -> (folio: Folio, kind: DocumentKind)? {
        guard let dash = id.rawValue.lastIndex(of: "-"),
              let folio = Folio(String(id.rawValue[..<dash])),
              let kind = DocumentKind(rawValue: String(id.rawValue[id.rawValue.index(after: dash)...])) else { return nil }
        return (folio, kind)
    }
}
