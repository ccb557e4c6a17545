import Foundation
import NSSCore

extension EmbeddedBackend {
    /// Checks the captcha (used up by any answer), the limits and the registry, records the application
    /// with its confirmation email's job, and delivers it.
    public func submit(_ request: ApplicationRequest) async throws -> ApplicationTicket {
        try await shielded("submit") {
            let now = self.now
            let limits = configuration.limits
            let id = RandomText.hex(bytes: 16)
            let secrets = ConfirmationSecrets(applicationID: id, configuration: configuration, now: now)
            let sender = configuration.mailSender
            let claim = freshClaim
            let opener = configuration.opener(CallOrigin.credential)
            let language = EmbeddedConfiguration.storedLanguage(request.language)
            let catalogue = configuration.catalogue(for: language)
            let line = auditLine(.submission)
            let purgesAttempts = attemptPurge.isDue(at: now)
            let outcome: Result<(job: MailJobTable.Job, associated: String?), BackendError> = try await database.write { db in
                let outcome = try Self.record(request, id: id, language: language, opener: opener, secrets: secrets,
                                              sender: sender, catalogue: catalogue, claim: claim, limits: limits,
                                              purgesAttempts: purgesAttempts, now: now, db)
                // A refused submission has no application to name.
                try line.record(outcome.map { _ in }, application: (try? outcome.get()) == nil ? nil : id, db)
                return outcome
            }
            let job: MailJobTable.Job
            let associated: String?
            switch outcome {
            case .failure(let error):
                logger.info("submit refused", metadata: ["captcha": "\(request.captchaID.rawValue)", "reason": "\(Self.reason(error))"])
                throw error
            case .success(let made):
                (job, associated) = made
            }
            logger.info("application created", metadata: ["application": "\(id)", "associated": "\(associated != nil)"])
            // The terminal's next calls on it are admitted without a visit to the store (`admit`).
            if let opener { knownOwners.remember(opener, of: id) }
            // Delivered now; when the outbox fails, the job stays pending and is retried.
            let delivered = await deliver(job)
            let email = associated ?? request.email.value
            return ApplicationTicket(id: ApplicationID(rawValue: id), maskedEmail: try EmailAddress(email).masked,
                                     expiresAt: secrets.expiresAt, carriesLink: secrets.link != nil,
                                     toAssociatedEmail: associated.map { !EmailAddress.sameMailbox($0, request.email.value) } ?? false,
                                     emailDelivered: delivered)
        }
    }

    /// The submission's checks and its application, in the caller's transaction.
    private static func record(_ request: ApplicationRequest, id: String, language: String, opener: ApplicationTable.Opener?,
                               secrets: ConfirmationSecrets, sender: String, catalogue: Catalogue, claim: MailJobTable.Claim,
                               limits: EmbeddedLimits, purgesAttempts: Bool, now: Date,
                               _ db: SQLTransaction) throws -> Result<(job: MailJobTable.Job, associated: String?), BackendError> {
        let curp = request.curp.value
        let use = try CaptchaTable.use(id: request.captchaID.rawValue, answer: request.captchaAnswer, now: now, db)
        if let until = try AttemptTable.blockedUntil(.wrongCaptcha, subject: curp, limit: limits.wrongCaptchasPerCURP,
                                                     window: limits.wrongCaptchaWindow, now: now, db) {
            return .failure(.tooManyAttempts(retryAfter: until))
        }
        switch use {
        case .unusable:
            return .failure(.captchaExpired)
        case .answered(correct: false):
            try AttemptTable.record(.wrongCaptcha, subject: curp, at: now, db)
            return .failure(.captchaWrong)
        case .answered(correct: true):
            break
        }
        guard try RegistryTable.person(curp: curp, db) != nil else { return .failure(.curpNotInRegistry) }
        if let until = try AttemptTable.spend(.submit, subject: curp, limit: limits.submitsPerCURP,
                                              window: limits.submitWindow, now: now, db) {
            return .failure(.tooManyAttempts(retryAfter: until))
        }
        if purgesAttempts { try AttemptTable.purge(before: now, db) }
        // A CURP with a confirmed email keeps it: the application goes there, not to the typed one.
        let associated = try CURPEmailTable.email(for: curp, db)
        let email = associated ?? request.email.value
        try ApplicationTable.insert(id: id, curp: curp, email: email, language: language, openedBy: opener, at: now, db)
        return .success((try secrets.store(email: email, sender: sender, in: catalogue, claim: claim, replacing: false, db), associated))
    }
}
