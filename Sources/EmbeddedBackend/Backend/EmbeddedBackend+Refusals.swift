import NSSCore

extension EmbeddedBackend {
    /// Logs a refusal by its reason and throws it, or logs the event that happened.
    /// Logs the call's outcome, adds its audit line, and throws its refusal.
    func report(_ outcome: Result<Void, BackendError>, event: String, step: AuditStep, application: String,
                folio: String? = nil) async throws {
        await audit(step, Self.auditOutcome(outcome), application: application, folio: folio)
        if case .failure(let error) = outcome {
            logger.info("refused", metadata: ["application": "\(application)", "reason": "\(Self.reason(error))"])
            throw error
        }
        logger.info("\(event)", metadata: ["application": "\(application)"])
    }

    /// A name for a refusal, for the log (the `BackendError` cases carry no personal data either).
    static func reason(_ error: BackendError) -> String {
        switch error {
        case .curpNotInRegistry: "curp-not-in-registry"
        case .captchaWrong: "captcha-wrong"
        case .captchaExpired: "captcha-expired"
        case .tooManyAttempts: "too-many-attempts"
        case .confirmationExpired: "confirmation-expired"
        case .codeWrong: "code-wrong"
        case .notConfirmed: "not-confirmed"
        case .curpHasAnotherEmail: "curp-has-another-email"
        case .applicationNotFound: "application-not-found"
        case .outOfOrder: "out-of-order"
        case .unreachable: "unreachable"
        case .storageFull: "storage-full"
        case .internalError: "internal"
        }
    }
}
