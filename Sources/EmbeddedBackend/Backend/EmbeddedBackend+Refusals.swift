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

    /// A name for a refusal, for the log and the audit log (`BackendError.code`).
    static func reason(_ error: BackendError) -> String { error.code }
}
