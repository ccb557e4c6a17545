import Documents
import Foundation
import GRDB
import NSSCore

extension EmbeddedBackend {
    /// Paso 1 · Iniciar trámite: needs a confirmed email; returns the person registered for the CURP.
    public func startProcedure(_ id: ApplicationID) async throws -> PersonRecord {
        try await shielded("startProcedure") {
            let now = self.now
            let outcome: Result<PersonRecord, BackendError> = try await database.write { db in
                guard let application = try ApplicationTable.find(id.rawValue, db) else {
                    return .failure(.applicationNotFound)
                }
                guard application.confirmed else { return .failure(.notConfirmed) }
                guard let person = try RegistryTable.person(curp: application.curp, db) else {
                    return .failure(.curpNotInRegistry)
                }
                try ApplicationTable.markStarted(id.rawValue, at: now, db)
                return .success(person)
            }
            try report(outcome.map { _ in }, event: "procedure started", application: id.rawValue)
            return try outcome.get()
        }
    }

    /// Paso 2 · Finalizar trámite: the existing NSS (localización) or a new one (asignación), with a
    /// folio and date, stored with the application so that asking again returns the same result. The
    /// documents' record is sealed in the same transaction, once per folio, so the installation's seal is
    /// loaded (made, the first time) before anything else. The result email, with both documents attached,
    /// goes out once.
    public func finishProcedure(_ id: ApplicationID) async throws -> NSSResult {
        try await shielded("finishProcedure") {
            let sealer = try await seal.sealer()
            var conflicts = 0
            while true {
                do {
                    return try await finishOnce(id, sealer: sealer)
                } catch let error as DatabaseError where error.resultCode == .SQLITE_CONSTRAINT && conflicts < 3 {
                    conflicts += 1
                    logger.warning("NSS allocation conflict, retrying", metadata: ["application": "\(id.rawValue)"])
                }
            }
        }
    }

    private func finishOnce(_ id: ApplicationID, sealer: Sealer) async throws -> NSSResult {
        let now = self.now
        let subdelegation = configuration.subdelegation
        typealias Finished = (result: NSSResult, record: SealedRecord, email: String, mailed: Bool)
        let outcome: Result<Finished, BackendError> = try await database.durableWrite { db in
            guard let application = try ApplicationTable.find(id.rawValue, db) else { return .failure(.applicationNotFound) }
            guard application.confirmed else { return .failure(.notConfirmed) }
            guard application.started else { return .failure(.outOfOrder) }
            if let result = application.result {
                let record = try Self.sealedRecord(application, result: result, sealer: sealer, now: now, db)
                return .success((result, record, application.email, application.resultMailed))
            }
            guard let person = try RegistryTable.person(curp: application.curp, db) else {
                return .failure(.curpNotInRegistry)
            }
            let kind: ProcedureKind
            let nss: NSS
            if let existing = person.nss {
                (kind, nss) = (.localizacion, existing)
            } else {
                nss = try NSSAllocator.next(subdelegation: subdelegation,
                                            registrationYear: MexicoCityTime.civilDate(now).year,
                                            birthYear: person.birthDate.year, db)
                guard try RegistryTable.assign(nss, toCURP: person.curp.value, db) else {
                    throw RegistryTable.CorruptRow(column: "nss")
                }
                kind = .asignacion
            }
            let result = NSSResult(nss: nss, kind: kind, folio: Folio.make(at: now), date: now)
            try ApplicationTable.storeResult(result, for: id.rawValue, db)
            let record = try sealer.seal(person: person, result: result)
            try SealedRecordTable.insert(record, applicationID: id.rawValue, at: now, db)
            return .success((result, record, application.email, false))
        }
        try report(outcome.map { _ in }, event: "procedure finished", application: id.rawValue)
        let finished = try outcome.get()
        if !finished.mailed {
            await mailResultInBackground(finished.result, record: finished.record, to: finished.email,
                                         applicationID: id.rawValue)
        }
        return finished.result
    }

    /// Writes the result email (both PDFs attached) after Paso 2 has answered. It goes out once: the
    /// claim is taken in the database; a failure releases it, so the next Paso 2 call or
    /// `deliverPendingMail` tries again.
    private func mailResultInBackground(_ result: NSSResult, record: SealedRecord, to email: String,
                                        applicationID: String) async {
        let task = Task.detached { [self] in
            do {
                guard try await database.write({ db in try ApplicationTable.claimResultMail(applicationID, db) })
                else { return }
                do {
                    try await sendResult(result, record: record, to: email, applicationID: applicationID)
                } catch {
                    try await database.write { db in try ApplicationTable.releaseResultMail(applicationID, db) }
                    logger.error("result email failed; will retry", metadata: ["application": "\(applicationID)"])
                }
            } catch {
                logger.error("result email not claimed", metadata: ["application": "\(applicationID)"])
            }
        }
        await pendingMail.add(task)
    }

    /// Waits until every result email started by this process is in the outbox. Call before exiting.
    public func deliverPendingMail() async {
        await pendingMail.drain()
    }
}
