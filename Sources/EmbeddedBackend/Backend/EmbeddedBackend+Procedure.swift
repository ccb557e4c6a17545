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
    /// folio and date, stored with the application so that asking again returns the same result.
    /// The result email goes out once.
    public func finishProcedure(_ id: ApplicationID) async throws -> NSSResult {
        try await shielded("finishProcedure") {
            var conflicts = 0
            while true {
                do {
                    return try await finishOnce(id)
                } catch let error as DatabaseError where error.resultCode == .SQLITE_CONSTRAINT && conflicts < 3 {
                    conflicts += 1
                    logger.warning("NSS allocation conflict, retrying", metadata: ["application": "\(id.rawValue)"])
                }
            }
        }
    }

    private func finishOnce(_ id: ApplicationID) async throws -> NSSResult {
        let now = self.now
        let subdelegation = configuration.subdelegation
        let outcome: Result<(result: NSSResult, email: String, mailed: Bool), BackendError> = try await database.write { db in
            guard let application = try ApplicationTable.find(id.rawValue, db) else { return .failure(.applicationNotFound) }
            guard application.confirmed else { return .failure(.notConfirmed) }
            guard application.started else { return .failure(.outOfOrder) }
            if let result = application.result {
                return .success((result, application.email, application.resultMailed))
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
            return .success((result, application.email, false))
        }
        try report(outcome.map { _ in }, event: "procedure finished", application: id.rawValue)
        let (result, email, mailed) = try outcome.get()
        if !mailed, try await database.write({ db in try ApplicationTable.claimResultMail(id.rawValue, db) }) {
            do {
                try outbox.deliver(ResultEmail.message(to: email, from: configuration.mailSender,
                                                       applicationID: id.rawValue, result: result))
            } catch {
                try await database.write { db in try ApplicationTable.releaseResultMail(id.rawValue, db) }
                throw error
            }
            logger.info("result email sent", metadata: ["application": "\(id.rawValue)", "kind": "\(result.kind.rawValue)"])
        }
        return result
    }

    /// The two documents of a finished procedure: the constancia and the tarjeta of its folio.
    public func documents(_ id: ApplicationID) async throws -> [DocumentInfo] {
        try await shielded("documents") {
            let application = try await database.read { db in try ApplicationTable.find(id.rawValue, db) }
            guard let application else { throw BackendError.applicationNotFound }
            guard let result = application.result else { throw BackendError.outOfOrder }
            return DocumentKind.allCases.map { kind in
                DocumentInfo(id: DocumentID(rawValue: "\(result.folio.value)-\(kind.rawValue)"), folio: result.folio,
                             date: result.date, kind: kind)
            }
        }
    }
}
