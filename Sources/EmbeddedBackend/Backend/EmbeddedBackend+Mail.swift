import Documents
import Foundation
import Logging
import NSSCore

#if canImport(Glibc)
import Glibc
#endif

/// The delivery of mail jobs (`MailJobTable`): any running backend claims due jobs, delivers them and
/// marks them done, or schedules the next attempt with a doubling wait. Logs carry job and application
/// ids and the reason, never an address or the message.
extension EmbeddedBackend {
    /// Starts delivering due email in the background until `stopMailWorker`: first what earlier
    /// backends left, then whenever a job falls due or at least every `mailPollInterval`.
    public func startMailWorker() async {
        await mailWorker.start { [self] in await runMailWorker() }
    }

    /// Stops the background delivery, waiting for the delivery under way.
    public func stopMailWorker() async {
        await mailWorker.stop()
    }

    /// Waits until every email this process began delivering after a call has been written or given up
    /// for a later attempt. Call before exiting.
    public func deliverPendingMail() async {
        await pendingMail.drain()
    }

    /// Delivers every due job this backend can claim; returns how many it delivered.
    @discardableResult
    public func deliverDueMail() async -> Int {
        var delivered = 0
        while !Task.isCancelled {
            let now = self.now
            let candidates: [(id: Int64, owner: String?)]
            do {
                candidates = try await database.read { db in
                    try MailJobTable.claimable(now: now, limit: 20, ownerIsGone: ClaimOwner.isGone, db)
                }
            } catch {
                logger.error("mail jobs not read", metadata: ["cause": "\(Self.cause(of: error))"])
                return delivered
            }
            var claimedAny = false
            for candidate in candidates {
                guard let job = await claim(candidate.id, previousOwner: candidate.owner) else { continue }
                claimedAny = true
                if await deliver(job) { delivered += 1 }
            }
            if !claimedAny { break }
        }
        return delivered
    }

    /// The email not yet delivered, the soonest due first, for `nss-kiosk outbox --pending`: the
    /// recipient masked, the reason of the last failure (never personal data).
    public func pendingMailJobs() async throws -> [PendingMailJob] {
        try await shielded("pendingMailJobs") {
            try await database.read { db in
                try MailJobTable.pending(db).map { job in
                    let email = try ApplicationTable.find(job.applicationID, db)?.email
                    return PendingMailJob(id: job.id, kind: job.kind.rawValue,
                                          maskedRecipient: email.flatMap { try? EmailAddress($0).masked } ?? "—",
                                          attempts: job.attempts, nextAttemptAt: job.nextAttemptAt,
                                          lastError: job.lastError)
                }
            }
        }
    }

    /// Whether the result email of a finished procedure is in the outbox. Waits up to `resultEmailWait`
    /// for a delivery under way, and answers false at once when an attempt has failed.
    public func resultEmailSent(_ id: ApplicationID) async throws -> Bool {
        try await shielded("resultEmailSent") {
            let clock = ContinuousClock()
            let deadline = clock.now + .milliseconds(Int(configuration.limits.resultEmailWait * 1000))
            while true {
                let state: (finished: Bool, job: MailJobTable.Job?)? = try await database.read { db in
                    guard let application = try ApplicationTable.find(id.rawValue, db) else { return nil }
                    return (application.result != nil, try MailJobTable.latest(.result, applicationID: id.rawValue, db))
                }
                guard let state else { throw BackendError.applicationNotFound }
                guard state.finished else { throw BackendError.outOfOrder }
                // Finished before mail jobs existed, and mailed then.
                guard let job = state.job else { return true }
                if job.done { return true }
                if job.lastError != nil || clock.now >= deadline { return false }
                try await Task.sleep(for: .milliseconds(20))
            }
        }
    }

    /// A claim for a job this backend enqueues and delivers at once.
    var freshClaim: MailJobTable.Claim {
        MailJobTable.Claim(owner: claimOwner, until: now.addingTimeInterval(configuration.limits.mailClaimLease))
    }

    /// Delivers the job now in the background (claiming it first unless `claimed`), unless another
    /// process holds it; `deliverPendingMail` waits for it.
    func deliverInBackground(_ job: MailJobTable.Job, claimed: Bool) async {
        await pendingMail.run { [self] in
            if claimed { _ = await deliver(job) } else { _ = await deliverNow(job.id) }
        }
    }

    /// Delivers the job now, whatever its next attempt time, unless another live process holds it.
    /// True when it is delivered.
    func deliverNow(_ jobID: Int64) async -> Bool {
        let owner: String??
        do {
            owner = try await database.read { db -> String?? in
                guard let row = try SQLRow.fetchOne(db, sql: "SELECT claim_owner FROM mail_job WHERE id = ? AND state = 'pending'",
                                                 arguments: [jobID]) else { return nil }
                let owner: String? = try row["claim_owner"]
                return .some(owner)
            }
        } catch {
            logger.error("mail job not read", metadata: ["job": "\(jobID)", "cause": "\(Self.cause(of: error))"])
            return false
        }
        guard let previous = owner else { return false }
        if let previous, !ClaimOwner.isGone(previous) { return false }
        guard let job = await claim(jobID, previousOwner: previous) else { return false }
        return await deliver(job)
    }

    private func runMailWorker() async {
        let limits = configuration.limits
        while !Task.isCancelled {
            await deliverDueMail()
            let next = try? await database.read { db in try MailJobTable.nextDue(db) }
            var wait = limits.mailPollInterval
            if let next { wait = min(wait, next.timeIntervalSince(now)) }
            try? await Task.sleep(for: .milliseconds(Int(max(0.5, wait) * 1000)))
        }
    }

    private func claim(_ id: Int64, previousOwner: String?) async -> MailJobTable.Job? {
        let owner = claimOwner
        let until = now.addingTimeInterval(configuration.limits.mailClaimLease)
        do {
            return try await database.write { db in
                guard try MailJobTable.claim(id, owner: owner, previousOwner: previousOwner, until: until, db) else {
                    return nil
                }
                return try MailJobTable.find(id, db)
            }
        } catch {
            logger.error("mail job not claimed", metadata: ["job": "\(id)", "cause": "\(Self.cause(of: error))"])
            return nil
        }
    }

    /// Delivers a job this backend holds and records the outcome: done, or the next attempt and why.
    func deliver(_ job: MailJobTable.Job) async -> Bool {
        let metadata: Logger.Metadata = ["job": "\(job.id)", "kind": "\(job.kind.rawValue)",
                                         "application": "\(job.applicationID)", "attempt": "\(job.attempts)"]
        do {
            try await outbox.deliver(try await message(for: job), key: job.deliveryKey)
        } catch {
            let reason = Self.deliveryFailure(error)
            let delay = Self.retryDelay(attempts: job.attempts, limits: configuration.limits)
            let next = now.addingTimeInterval(delay)
            do {
                try await database.write { [claimOwner] db in
                    try MailJobTable.retry(job.id, owner: claimOwner, at: next, error: reason, db)
                }
            } catch {
                logger.error("mail job not rescheduled", metadata: metadata.merging(
                    ["cause": "\(Self.cause(of: error))"]) { $1 })
            }
            logger.warning("email not delivered; will retry", metadata: metadata.merging(
                ["cause": "\(reason)", "retryInSeconds": "\(Int(delay))"]) { $1 })
            return false
        }
        do {
            let now = self.now
            try await database.write { [claimOwner] db in try MailJobTable.markDone(job.id, owner: claimOwner, at: now, db) }
        } catch {
            // The message is in the outbox under its key: the next attempt finds it and only marks it.
            logger.error("delivered email not marked", metadata: metadata.merging(["cause": "\(Self.cause(of: error))"]) { $1 })
            return false
        }
        logger.info("email delivered", metadata: metadata)
        await audit(.emailDelivered, job.kind.rawValue, application: job.applicationID)
        return true
    }

    /// The job's message: the stored confirmation, or the result email rendered again from the sealed
    /// record (the same PDFs every time).
    private func message(for job: MailJobTable.Job) async throws -> Data {
        switch job.kind {
        case .confirmation:
            guard let message = job.message else { throw SQLRow.ColumnMismatch(column: "mail_job message") }
            return message
        case .result, .copy:
            let application = try await database.read { db in try ApplicationTable.find(job.applicationID, db) }
            guard let application, let result = application.result else {
                throw SQLRow.ColumnMismatch(column: "mail_job application")
            }
            let record = try await storedRecord(job.applicationID)
            var documents: [(kind: DocumentKind, pdf: Data)] = []
            for kind in DocumentKind.allCases { documents.append((kind, try await render(kind, record))) }
            var message = ResultEmail.message(to: application.email, from: configuration.mailSender,
                                              applicationID: job.applicationID, result: result, documents: documents,
                                              in: configuration.catalogue(for: application.language))
            message.messageID = MailJobTable.messageID(key: job.deliveryKey, sender: configuration.mailSender)
            return message.rendered()
        }
    }

    /// 5 s, 10 s, 20 s … (with the default limits), never more than the cap.
    static func retryDelay(attempts: Int, limits: EmbeddedLimits) -> TimeInterval {
        min(limits.mailRetryCap, limits.mailRetryDelay * pow(2, Double(max(0, attempts - 1))))
    }

    /// Why a delivery failed, in Spanish for the staff (`outbox --pending`) and the log: the operation and
    /// the system's error, never a path, an address or the message.
    static func deliveryFailure(_ error: any Error) -> String {
        switch error {
        case let error as PrivateFiles.Failure:
            "no se pudo escribir en el buzón (\(error.operation): \(PrivateFiles.spanishName(errno: error.code)))"
        case let error as POSIXError:
            "no se pudo escribir en el buzón (\(PrivateFiles.spanishName(errno: error.code.rawValue)))"
        case let error as SendmailOutbox.Failure: error.reason
        case is DocumentError: "no se pudieron generar los documentos adjuntos"
        case let error as StoreFailure: "base de datos: \(error.code)"
        default: "error \(String(describing: type(of: error)))"
        }
    }
}

/// Who holds a mail job's claim: `host pid nonce`. A claim of a process of this host that is gone is
/// free at once; one of another host, when its lease runs out.
enum ClaimOwner {
    static func make() -> String {
        "\(hostName) \(getpid()) \(RandomText.hex(bytes: 6))"
    }

    static func isGone(_ owner: String) -> Bool {
        let parts = owner.split(separator: " ")
        guard parts.count == 3, String(parts[0]) == hostName, let pid = Int32(parts[1]) else { return false }
        if kill(pid, 0) != 0 && errno == ESRCH { return true }
        // Killed but not yet reaped by its parent: a zombie delivers nothing.
        guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
              let close = stat.lastIndex(of: ")") else { return false }
        return stat[stat.index(after: close)...].trimmingCharacters(in: .whitespaces).hasPrefix("Z")
    }

    private static let hostName = ProcessInfo.processInfo.hostName.replacingOccurrences(of: " ", with: "_")
}

/// The background delivery loop of one backend.
actor MailWorker {
    private var task: Task<Void, Never>?

    func start(_ body: @escaping @Sendable () async -> Void) {
        guard task == nil else { return }
        task = Task.detached(operation: body)
    }

    func stop() async {
        task?.cancel()
        await task?.value
        task = nil
    }
}
