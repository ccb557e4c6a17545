import Documents
import Foundation
import NSSCore

extension EmbeddedBackend {
    /// Paso 1 · Iniciar trámite: needs a confirmed email; returns the person registered for the CURP.
    public func startProcedure(_ id: ApplicationID) async throws -> PersonRecord {
        try await shielded("startProcedure") {
            let now = self.now
            let outcome: Result<PersonRecord, BackendError> =
                try await database.write(audited(.start, application: id.rawValue) { db in
                guard let application = try ApplicationTable.find(id.rawValue, db) else {
                    return .failure(.applicationNotFound)
                }
                guard application.confirmed else { return .failure(.notConfirmed) }
                guard let person = try RegistryTable.person(curp: application.curp, db) else {
                    return .failure(.curpNotInRegistry)
                }
                try ApplicationTable.markStarted(id.rawValue, at: now, db)
                return .success(person)
            })
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
                } catch let error as StoreFailure where error.kind == .uniqueViolation && conflicts < 3 {
                    conflicts += 1
                    logger.warning("NSS allocation conflict, retrying", metadata: ["application": "\(id.rawValue)"])
                }
            }
        }
    }

    private func finishOnce(_ id: ApplicationID, sealer: Sealer) async throws -> NSSResult {
        let now = self.now
        let subdelegation = configuration.subdelegation
        let claim = freshClaim
        typealias Finished = (result: NSSResult, job: MailJobTable.Job?, claimed: Bool)
        let outcome: Result<Finished, BackendError> = try await database.durableWrite(
            audited(.finish, application: id.rawValue, folio: { $0.result.folio.value }) { db in
            guard let application = try ApplicationTable.find(id.rawValue, db) else { return .failure(.applicationNotFound) }
            guard application.confirmed else { return .failure(.notConfirmed) }
            guard application.started else { return .failure(.outOfOrder) }
            if let result = application.result {
                _ = try Self.sealedRecord(application, result: result, sealer: sealer, now: now, db)
                return .success((result, try MailJobTable.latest(.result, applicationID: id.rawValue, db), false))
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
                    throw SQLRow.ColumnMismatch(column: "nss")
                }
                kind = .asignacion
            }
            let result = NSSResult(nss: nss, kind: kind, folio: Folio.make(at: now), date: now)
            try ApplicationTable.storeResult(result, for: id.rawValue, db)
            let record = try sealer.seal(person: person, result: result)
            try SealedRecordTable.insert(record, applicationID: id.rawValue, at: now, db)
            // The result email is a job of the same transaction: an NSS is never assigned without it.
            let job = try MailJobTable.enqueue(.result, applicationID: id.rawValue, claim: claim, at: now, db)
            return .success((result, job, true))
        })
        try report(outcome.map { _ in }, event: "procedure finished", application: id.rawValue)
        let finished = try outcome.get()
        // Written after Paso 2 has answered (two PDFs take longer than "Tu NSS es:" should wait); a
        // result email still pending is tried again by a second Paso 2 too.
        if let job = finished.job, !job.done {
            await deliverInBackground(job, claimed: finished.claimed)
        }
        return finished.result
    }
}
