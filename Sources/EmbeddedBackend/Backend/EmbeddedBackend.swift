import Documents
import Foundation
import Logging
import NSSCore

/// The embedded model of the IMSS service: registry (the RENAPO role), captcha, confirmation email,
/// Paso 1 and Paso 2 with NSS assignment, and the sealed documents, all in one SQLite database that any
/// number of processes can share. Every call throws `BackendError` only; storage and I/O failures become `.internalError` with a
/// reference that is also logged. Logs carry events and opaque ids, never personal data.
public final class EmbeddedBackend: NSSBackend {
    public let configuration: EmbeddedConfiguration
    let database: any SQLStore
    let outbox: any Outbox
    let logger: Logger
    /// The key that seals the documents, loaded when the first procedure finishes.
    let seal: InstallationSeal
    /// Emails being written in the background right after the call that enqueued them.
    let pendingMail = PendingMail()
    /// The loop that delivers due email (`startMailWorker`).
    let mailWorker = MailWorker()
    /// Who this backend is when it claims a mail job: host, process and a nonce of this instance.
    let claimOwner = ClaimOwner.make()
    /// The openers of applications already admitted (`admit`).
    let knownOwners = KnownOwners()
    /// When the expired captchas, attempts and idempotency keys were last cleared.
    let captchaPurge = PeriodicPurge(), attemptPurge = PeriodicPurge(), idempotencyPurge = PeriodicPurge()

    /// Opens (creating, migrating and seeding when needed) the data directory of `configuration`.
    /// Throws `EmbeddedConfigurationError` for a configuration it refuses, `BackendError.internalError`
    /// when the data directory cannot be opened.
    public init(configuration: EmbeddedConfiguration, logger: Logger = Logger(label: "nss-kiosk.embedded")) throws {
        try configuration.validate()
        self.configuration = configuration
        self.logger = logger
        seal = InstallationSeal(configuration: configuration)
        do {
            database = try EmbeddedStore.open(configuration)
        } catch let failure as StoreFailure where failure.kind == .unavailable && configuration.postgres != nil {
            logger.error("store unreachable", metadata: ["cause": "\(failure.code)"])
            throw EmbeddedConfigurationError.storeUnreachable(configuration.postgres!.shown)
        } catch {
            throw Self.internalError("open", error, logger)
        }
        if let override = configuration.outboxOverride {
            outbox = override
        } else if case .sendmail(let command) = configuration.mailDelivery {
            outbox = SendmailOutbox(command: command)
        } else {
            outbox = MaildirOutbox(directory: configuration.outboxDirectory)
        }
        // An outbox that cannot be prepared does not stop the service: its email waits as pending jobs.
        if let maildir = outbox as? MaildirOutbox {
            do {
                try maildir.prepare()
            } catch {
                logger.error("outbox not ready; email will wait", metadata: ["cause": "\(Self.deliveryFailure(error))"])
            }
        }
        logger.info("backend opened", metadata: ["testMode": "\(isTestMode)"])
    }

    /// True when captchas have the fixed test answer: every screen must say so.
    public var isTestMode: Bool { configuration.captchaTestAnswer != nil }

    /// The Maildir the email goes to, when mail is delivered to one.
    public var maildir: MaildirOutbox? { outbox as? MaildirOutbox }

    /// The clock's instant to the millisecond (the folio's resolution), built from the same seconds
    /// since 1970 the database stores: an instant read back from the store is then the very same
    /// `Date`, and a second Paso 2 answers exactly what the first did.
    var now: Date {
        let milliseconds = (configuration.clock().timeIntervalSince1970 * 1000).rounded(.down)
        return Date(timeIntervalSince1970: milliseconds / 1000)
    }

    /// Runs one call, letting `BackendError` through and turning anything else into `.internalError`.
    func shielded<T>(_ operation: String, _ body: () async throws -> T) async throws -> T {
        do {
            return try await body()
        } catch let error as BackendError {
            throw error
        } catch {
            throw Self.internalError(operation, error, logger)
        }
    }

    func shieldedSync<T>(_ operation: String, _ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch let error as BackendError {
            throw error
        } catch {
            throw Self.internalError(operation, error, logger)
        }
    }

    /// An `.internalError` with a fresh reference, logged with the kind of failure (never its text,
    /// which could quote SQL or data).
    private static func internalError(_ operation: String, _ error: any Error, _ logger: Logger) -> BackendError {
        let reference = RandomText.hex(bytes: 4).uppercased()
        logger.error("internal failure", metadata: [
            "operation": "\(operation)", "reference": "\(reference)", "cause": "\(cause(of: error))",
        ])
        return isDiskFull(error) ? .storageFull(reference: reference) : .internalError(reference: reference)
    }

    /// The database's «disk is full» (SQLite's or PostgreSQL's), or a file write that found no space.
    static func isDiskFull(_ error: any Error) -> Bool {
        switch error {
        case let error as StoreFailure: error.kind == .diskFull
        case let error as POSIXError: error.code == .ENOSPC
        case let error as PrivateFiles.Failure: error.code == ENOSPC
        default: false
        }
    }

    static func cause(of error: any Error) -> String {
        switch error {
        case let error as StoreFailure: error.code
        case let error as SQLRow.ColumnMismatch: error.description
        case let error as PrivateFiles.Failure: error.description
        case let error as SendmailOutbox.Failure: error.description
        case let error as NSSAllocator.PrefixExhausted: error.description
        case let error as DocumentError: "documents: \(error.message)"
        default: String(describing: type(of: error))
        }
    }
}
