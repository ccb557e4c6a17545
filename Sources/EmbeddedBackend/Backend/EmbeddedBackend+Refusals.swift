import NSSCore

extension EmbeddedBackend {
    /// Logs a refusal by its reason and throws it, or logs the event that happened (its audit line was
    /// written with it: `audited`).
    func report(_ outcome: Result<Void, BackendError>, event: String, application: String) throws {
        if case .failure(let error) = outcome {
            logger.info("refused", metadata: ["application": "\(application)", "reason": "\(Self.reason(error))"])
            throw error
        }
        logger.info("\(event)", metadata: ["application": "\(application)"])
    }

    /// A name for a refusal, for the log and the audit log (`BackendError.code`).
    static func reason(_ error: BackendError) -> String { error.code }
}
