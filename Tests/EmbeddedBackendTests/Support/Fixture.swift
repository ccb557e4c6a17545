import Documents
import EmbeddedBackend
import Foundation
import TestSupport
import Logging
import NSSCore

/// An embedded backend on a fresh data directory, with a test clock and the helpers the embedded
/// tests share.
struct Fixture {
    static let captchaAnswer = "Gb7hEr"

    let directory: URL
    let clock: TestClock
    let backend: EmbeddedBackend

    /// `freshSeal` leaves the data directory without a seal, for the backend to make one; otherwise it
    /// holds the run's shared key.
    init(publicBaseURL: URL? = URL(string: "https://kiosco.example.mx"), limits: EmbeddedLimits = EmbeddedLimits(),
         mailDelivery: MailDelivery = .maildir, seedsDemoRegistry: Bool = true, freshSeal: Bool = false,
         logger: Logger? = nil, postgres: PostgresLocation? = nil, catalogues: [Catalogue] = []) throws {
        directory = TemporaryDirectory.make()
        clock = TestClock()
        var configuration = EmbeddedConfiguration(
            dataDirectory: directory.appendingPathComponent("data", isDirectory: true),
            captchaTestAnswer: Self.captchaAnswer, publicBaseURL: publicBaseURL, seedsDemoRegistry: seedsDemoRegistry,
            mailDelivery: mailDelivery, limits: limits, clock: clock.reading, postgres: postgres,
            storeConnections: Self.storeConnections)
        configuration.catalogues = catalogues
        if !freshSeal { try Self.placeSharedSeal(in: configuration) }
        backend = try EmbeddedBackend(configuration: configuration, logger: logger ?? Self.quietLogger)
    }

    /// One seal key for the whole run: making an RSA key is the slow part of sealing, and the tests run
    /// dozens of fresh data directories on a small machine.
    static let sharedSealKey: Data = {
        let store = try! SealKeyStore(directory: TemporaryDirectory.make("sello").appendingPathComponent("sello"))
        return try! Data(contentsOf: store.keyFileURL)
    }()

    /// Puts the shared key where the backend looks for its seal, with the modes it would give it.
    static func placeSharedSeal(in configuration: EmbeddedConfiguration) throws {
        for folder in [configuration.dataDirectory, configuration.sealDirectory] {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: false,
                                                    attributes: [.posixPermissions: 0o700])
        }
        let key = configuration.sealDirectory.appendingPathComponent(SealKeyStore.keyFileName)
        guard FileManager.default.createFile(atPath: key.path, contents: sharedSealKey,
                                             attributes: [.posixPermissions: 0o600]) else {
            throw HarnessFailure("the shared seal could not be placed")
        }
    }

    /// Connections to PostgreSQL per backend: the suite opens dozens of backends on one cluster at once.
    static let storeConnections = 2

    static var quietLogger: Logger {
        var logger = Logger(label: "nss-kiosk.embedded.test", factory: { _ in SwiftLogNoOpLogHandler() })
        logger.logLevel = .critical
        return logger
    }

    /// Another backend on the same data directory and clock (a later process), optionally with its own
    /// outbox (a disk that fills up).
    func another(outbox: (any Outbox)? = nil) throws -> EmbeddedBackend {
        var configuration = backend.configuration
        configuration.outboxOverride = outbox
        return try EmbeddedBackend(configuration: configuration, logger: Self.quietLogger)
    }

    /// Another backend on the same data directory and clock, answering another wizard: another Unix
    /// account (nil: a kiosk's), host or terminal.
    func another(account: String?, host: String? = nil, terminal: String = "oficina/pts/9") throws -> EmbeddedBackend {
        var configuration = backend.configuration
        configuration.account = account
        configuration.host = host ?? configuration.host
        configuration.terminal = terminal
        return try EmbeddedBackend(configuration: configuration, logger: Self.quietLogger)
    }

    /// Makes the outbox unwritable (its `tmp/` a file: even root cannot write there), or writable again.
    func outboxWritable(_ writable: Bool) throws {
        let tmp = backend.configuration.outboxDirectory.appendingPathComponent("tmp")
        try FileManager.default.removeItem(at: tmp)
        if writable {
            try FileManager.default.createDirectory(at: tmp, withIntermediateDirectories: false,
                                                    attributes: [.posixPermissions: 0o700])
        } else {
            guard FileManager.default.createFile(atPath: tmp.path, contents: Data()) else {
                throw HarnessFailure("the outbox could not be made unwritable")
            }
        }
    }

    /// What the outbox's `tmp/` holds.
    func outboxTemporaryFiles() throws -> [String] {
        try FileManager.default.contentsOfDirectory(
            atPath: backend.configuration.outboxDirectory.appendingPathComponent("tmp").path)
    }

    var email: EmailAddress { try! EmailAddress("ana.lopez@example.com") }

    /// The first person of the registry with (or without) an NSS.
    func person(withNSS: Bool) throws -> PersonRecord {
        try backend.listRegistry(limit: 100).first { ($0.nss != nil) == withNSS }!
    }

    func submit(_ curp: CURP, answer: String = Fixture.captchaAnswer, email: EmailAddress? = nil,
                captcha kind: CaptchaKind = .picture, language: String = "es") async throws -> ApplicationTicket {
        let challenge = try await backend.newCaptcha(CaptchaRequest(kind, language: language))
        return try await backend.submit(ApplicationRequest(curp: curp, email: email ?? self.email, captchaID: challenge.id,
                                                           captchaAnswer: answer, language: language))
    }

    /// Every delivered message of the application, oldest first.
    func mail(_ id: ApplicationID, _ kind: MailKind) throws -> [ReceivedMail] {
        try backend.maildir!.messageFiles().compactMap(ReceivedMail.init(contentsOf:)).filter {
            $0.header(MailKind.applicationHeader) == id.rawValue && $0.header(MailKind.kindHeader) == kind.rawValue
        }
    }

    func code(_ id: ApplicationID) throws -> String {
        ConfirmationEmail.code(in: try mail(id, .confirmation).last!.text)!
    }

    /// An application confirmed by its code and past Paso 1.
    func started(_ curp: CURP, language: String = "es") async throws -> ApplicationID {
        let ticket = try await submit(curp, language: language)
        try await backend.confirm(ticket.id, code: try code(ticket.id))
        _ = try await backend.startProcedure(ticket.id)
        return ticket.id
    }
}
