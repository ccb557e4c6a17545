import Documents
import EmbeddedBackend
import Foundation
import TestSupport
import Logging
import NSSCore
import OfficeServer
import Synchronization

/// A store for an office server on a fresh data directory, with a clock the test moves, the run's
/// shared seal, and the terminals' credentials.
struct OfficeFixture {
    static let captchaAnswer = "Gb7hEr"
    static let terminal = "kiosko-1"
    static let token = "credencial-de-prueba-kiosko-1-0123456789"
    static let otherTerminal = "oficina-pts-3"
    static let otherToken = "credencial-de-prueba-oficina-9876543210"
    /// The public address the email's links are made under; tests open them on the server's real port.
    static let publicURL = URL(string: "https://nss.oficina.example")!

    let directory: URL
    let clock: TestClock
    let backend: EmbeddedBackend

    init(postgres: PostgresLocation? = nil, catalogues: [Catalogue] = []) throws {
        directory = TemporaryDirectory.make("oficina")
        clock = TestClock()
        var configuration = EmbeddedConfiguration(
            dataDirectory: directory.appendingPathComponent("data", isDirectory: true),
            captchaTestAnswer: Self.captchaAnswer, publicBaseURL: Self.publicURL, terminal: "servidor",
            clock: clock.reading, postgres: postgres, storeConnections: 2)
        configuration.catalogues = catalogues
        try Self.placeSharedSeal(in: configuration.dataDirectory)
        backend = try EmbeddedBackend(configuration: configuration, logger: Self.quietLogger)
    }

    var dataDirectory: URL { backend.configuration.dataDirectory }

    /// Another backend on the same store: another process of the office.
    func another() throws -> EmbeddedBackend {
        try EmbeddedBackend(configuration: backend.configuration, logger: Self.quietLogger)
    }

    static var tokens: TerminalTokens {
        try! TerminalTokens.parse("\(terminal) \(token)\n\(otherTerminal) \(otherToken)\n", file: "prueba")
    }

    static var quietLogger: Logger {
        Logger(label: "nss-kiosk.server.test", factory: { _ in SwiftLogNoOpLogHandler() })
    }

    /// One seal key for the whole run: making an RSA key is the slow part of sealing.
    static let sharedSealKey: Data = {
        let store = try! SealKeyStore(directory: TemporaryDirectory.make("sello").appendingPathComponent("sello"))
        return try! Data(contentsOf: store.keyFileURL)
    }()

    /// Puts the shared key where a backend on `data` looks for its seal, with the modes it would give it.
    static func placeSharedSeal(in data: URL) throws {
        let seal = data.appendingPathComponent("sello", isDirectory: true)
        for folder in [data, seal] {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: false,
                                                    attributes: [.posixPermissions: 0o700])
        }
        guard FileManager.default.createFile(atPath: seal.appendingPathComponent(SealKeyStore.keyFileName).path,
                                             contents: sharedSealKey, attributes: [.posixPermissions: 0o600]) else {
            throw FixtureFailure("the shared seal could not be placed")
        }
    }

    /// The person of the registry with (or without) an NSS.
    func curp(withNSS: Bool) throws -> CURP {
        try backend.listRegistry(limit: 100).first { ($0.nss != nil) == withNSS }!.curp
    }

    /// The newest email of `kind` of the application, as its person receives it.
    static func mail(_ id: ApplicationID, _ kind: MailKind, in backend: EmbeddedBackend) throws -> ReceivedMail? {
        try backend.maildir!.messageFiles().compactMap(ReceivedMail.init(contentsOf:)).last {
            $0.header(MailKind.applicationHeader) == id.rawValue && $0.header(MailKind.kindHeader) == kind.rawValue
        }
    }

    func confirmationMail(_ id: ApplicationID) throws -> ReceivedMail {
        guard let mail = try Self.mail(id, .confirmation, in: backend) else { throw FixtureFailure("no confirmation email") }
        return mail
    }

    func code(_ id: ApplicationID) throws -> String {
        guard let code = ConfirmationEmail.code(in: try confirmationMail(id).text) else { throw FixtureFailure("no code") }
        return code
    }

    func link(_ id: ApplicationID) throws -> URL {
        guard let link = ConfirmationEmail.link(in: try confirmationMail(id).text) else { throw FixtureFailure("no link") }
        return link
    }
}

/// A clock tests move by hand.
final class TestClock: Sendable {
    private let current = Mutex(Date(timeIntervalSince1970: 1_739_936_907.655))

    var now: Date { current.withLock { $0 } }

    func advance(by seconds: TimeInterval) {
        current.withLock { $0 = $0.addingTimeInterval(seconds) }
    }

    var reading: @Sendable () -> Date { { self.now } }
}

struct FixtureFailure: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}
