import Foundation
import NSSCore

extension EmbeddedBackend {
    public func confirmationStatus(_ id: ApplicationID) async throws -> ConfirmationStatus {
        try await shielded("confirmationStatus") {
            let now = self.now
            let status = try await database.readStatement { db in
                try ConfirmationStatusQuery.status(of: id.rawValue, at: now, db)
            }
            guard let status else { throw BackendError.applicationNotFound }
            return status
        }
    }

    /// Confirms with the code of the latest email (with or without its dash, any case). A wrong code
    /// spends one of its attempts; when none are left the code is dead and only a new email helps.
    /// The code of an earlier email is refused as expired, without spending an attempt.
    /// On an application confirmed already (by its link, or a first answer lost on the way), the right
    /// code is answered as confirmed again, whatever its time or attempts; a wrong one is as wrong as
    /// ever, and spends an attempt like any other.
    public func confirm(_ id: ApplicationID, code: String) async throws {
        try await shielded("confirm") {
            let now = self.now
            let outcome: Result<Void, BackendError> =
                try await database.write(audited(.confirmation, application: id.rawValue) { db in
                guard let application = try ApplicationTable.find(id.rawValue, db) else {
                    return .failure(.applicationNotFound)
                }
                let digest = ConfirmationCode.digest(code, application: id.rawValue)
                let current = try ConfirmationSecretTable.current(applicationID: id.rawValue, db)
                if application.confirmed {
                    if let current, digest == current.codeDigest { return .success(()) }
                } else if current.map({ now >= $0.expiresAt }) ?? true {
                    return .failure(.confirmationExpired)
                }
                guard let secret = current, secret.codeAttemptsLeft > 0 else { return .failure(.codeWrong(attemptsLeft: 0)) }
                if try ConfirmationSecretTable.isSuperseded(codeDigest: digest, applicationID: id.rawValue, db) {
                    return .failure(.confirmationExpired)
                }
                guard digest == secret.codeDigest else {
                    try ConfirmationSecretTable.spendCodeAttempt(secret.id, db)
                    return .failure(.codeWrong(attemptsLeft: secret.codeAttemptsLeft - 1))
                }
                guard try CURPEmailTable.associate(application.email, with: application.curp, at: now, db) else {
                    return .failure(.curpHasAnotherEmail)
                }
                try ApplicationTable.markConfirmed(id.rawValue, at: now, db)
                return .success(())
            })
            try report(outcome, event: "confirmed by code", application: id.rawValue)
        }
    }

    /// What opening the confirmation link does: accepts the whole link (`…/confirmar/<token>`) or the
    /// bare token, and confirms its application. Opening it again is harmless. Refuses a link that names
    /// no application as `.applicationNotFound`, an expired or replaced one as `.confirmationExpired`.
    @discardableResult
    public func openLink(token text: String) async throws -> ApplicationID {
        switch try await open(link: text) {
        case .confirmed(let id), .alreadyConfirmed(let id): return id
        case .unknown: throw BackendError.applicationNotFound
        case .expired, .replaced: throw BackendError.confirmationExpired
        case .curpHasAnotherEmail: throw BackendError.curpHasAnotherEmail
        }
    }

    /// Opens a confirmation link and says what came of it, for the page a phone shows. Throws only when
    /// the store fails.
    public func open(link text: String) async throws -> LinkOpening {
        try await shielded("openLink") {
            let now = self.now
            guard let token = LinkToken.extract(from: text) else { return .unknown }
            let line = auditLine(.confirmation)
            let outcome: LinkOpening = try await database.write { db in
                let outcome = try Self.open(token: token, now: now, db)
                // A token that names no application is not audited: there is no procedure to name.
                switch outcome {
                case .unknown: break
                case .confirmed(let id), .alreadyConfirmed(let id): try line.record(.success(()), application: id.rawValue, db)
                case .expired(let id), .replaced(let id):
                    try line.record(.failure(.confirmationExpired), application: id.rawValue, db)
                case .curpHasAnotherEmail(let id): try line.record(.failure(.curpHasAnotherEmail), application: id.rawValue, db)
                }
                return outcome
            }
            switch outcome {
            case .unknown: break
            case .confirmed(let id), .alreadyConfirmed(let id):
                try report(.success(()), event: "confirmed by link", application: id.rawValue)
            case .expired(let id), .replaced(let id):
                try? report(.failure(.confirmationExpired), event: "confirmed by link", application: id.rawValue)
            case .curpHasAnotherEmail(let id):
                try? report(.failure(.curpHasAnotherEmail), event: "confirmed by link", application: id.rawValue)
            }
            return outcome
        }
    }

    /// What opening a link's token does, in the caller's transaction.
    private static func open(token: String, now: Date, _ db: SQLTransaction) throws -> LinkOpening {
        guard let secret = try ConfirmationSecretTable.find(tokenDigest: LinkToken.digest(token), db),
              let application = try ApplicationTable.find(secret.applicationID, db) else {
            return .unknown
                }
                let id = ApplicationID(rawValue: application.id)
                if application.confirmed { return .alreadyConfirmed(id) }
                if secret.superseded { return .replaced(id) }
                guard now < secret.expiresAt else { return .expired(id) }
                guard try CURPEmailTable.associate(application.email, with: application.curp, at: now, db) else {
                    return .curpHasAnotherEmail(id)
                }
                try ApplicationTable.markConfirmed(application.id, at: now, db)
                return .confirmed(id)
    }

    /// What opening the link would do, without doing it (see `LinkReadiness`). Whether the CURP keeps
    /// another email is known only by trying, when the button is pressed. Throws only when the store fails.
    public func readiness(ofLink text: String) async throws -> LinkReadiness {
        try await shielded("linkReadiness") {
            let now = self.now
            guard let token = LinkToken.extract(from: text) else { return .settled(.unknown) }
            return try await database.read { db in
                guard let secret = try ConfirmationSecretTable.find(tokenDigest: LinkToken.digest(token), db),
                      let application = try ApplicationTable.find(secret.applicationID, db) else {
                    return .settled(.unknown)
                }
                let id = ApplicationID(rawValue: application.id)
                if application.confirmed { return .settled(.alreadyConfirmed(id)) }
                if secret.superseded { return .settled(.replaced(id)) }
                guard now < secret.expiresAt else { return .settled(.expired(id)) }
                return .ready(id)
            }
        }
    }

    /// Sends a new email; the link and code of the earlier ones stop working.
    public func resendConfirmation(_ id: ApplicationID) async throws -> ApplicationTicket {
        try await shielded("resendConfirmation") {
            let now = self.now
            let limits = configuration.limits
            let secrets = ConfirmationSecrets(applicationID: id.rawValue, configuration: configuration, now: now)
            let sender = configuration.mailSender
            let catalogues = configuration.catalogues
            let claim = freshClaim
            let outcome: Result<(email: String, job: MailJobTable.Job), BackendError> =
                try await database.write(audited(.resend, application: id.rawValue) { db in
                guard let application = try ApplicationTable.find(id.rawValue, db) else {
                    return .failure(.applicationNotFound)
                }
                if application.confirmed { return .failure(.outOfOrder) }
                if let until = try AttemptTable.spend(.resend, subject: id.rawValue, limit: limits.resendsPerApplication,
                                                      window: limits.resendWindow, now: now, db) {
                    return .failure(.tooManyAttempts(retryAfter: until))
                }
                let job = try secrets.store(email: application.email, sender: sender,
                                            in: Catalogue.named(application.language, among: catalogues), claim: claim,
                                            replacing: true, db)
                return .success((application.email, job))
            })
            try report(outcome.map { _ in }, event: "confirmation re-sent", application: id.rawValue)
            let (email, job) = try outcome.get()
            let delivered = await deliver(job)
            return ApplicationTicket(id: id, maskedEmail: try EmailAddress(email).masked, expiresAt: secrets.expiresAt,
                                     carriesLink: secrets.link != nil, emailDelivered: delivered)
        }
    }
}
