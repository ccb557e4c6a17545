import Foundation
import NSSCore

extension EmbeddedBackend {
    /// Checks the captcha (used up by any answer), the limits and the registry, records the application
    /// with its confirmation email's job, and delivers it.
    public func submit(_ request: ApplicationRequest) async throws -> ApplicationTicket {
        try await shielded("submit") {
            let now = self.now
            let limits = configuration.limits
            let curp = request.curp.value
            let id = RandomText.hex(bytes: 16)
            let secrets = ConfirmationSecrets(applicationID: id, configuration: configuration, now: now)
            let sender = configuration.mailSender
            let claim = freshClaim
            let outcome: Result<MailJobTable.Job, BackendError> = try await database.write { db in
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
                if let until = try AttemptTable.blockedUntil(.submit, subject: curp, limit: limits.submitsPerCURP,
                                                             window: limits.submitWindow, now: now, db) {
                    return .failure(.tooManyAttempts(retryAfter: until))
                }
                try AttemptTable.purge(before: now, db)
                try AttemptTable.record(.submit, subject: curp, at: now, db)
                try ApplicationTable.insert(id: id, curp: curp, email: request.email.value, at: now, db)
                return .success(try secrets.store(email: request.email.value, sender: sender, claim: claim, db))
            }
            if case .failure(let error) = outcome {
                logger.info("submit refused", metadata: ["captcha": "\(request.captchaID.rawValue)", "reason": "\(Self.reason(error))"])
                throw error
            }
            logger.info("application created", metadata: ["application": "\(id)"])
            // Delivered now; when the outbox fails, the job stays pending and is retried.
            _ = await deliver(try outcome.get())
            return ApplicationTicket(id: ApplicationID(rawValue: id), maskedEmail: request.email.masked,
                                     expiresAt: secrets.expiresAt, carriesLink: secrets.link != nil)
        }
    }
}
