import Documents
import Foundation
import KioskSettings
import NSSCore

/// How an embedded backend runs: where it keeps its data, how it delivers mail, what the links in its
/// email point to, and the knobs tests turn (a fixed captcha answer, a clock, the limits).
public struct EmbeddedConfiguration: Sendable {
    /// The folder of the database and the outbox; created with mode 0700 when missing.
    public var dataDirectory: URL
    /// Where the tables are kept when not in the data directory's SQLite file: a PostgreSQL database that
    /// several office servers share. The data directory still holds the seal, the outbox and the logs.
    public var postgres: PostgresLocation?
    /// The most connections to PostgreSQL this process opens at once.
    public var storeConnections: Int
    /// How PostgreSQL's writers are serialized: the advisory lock, unless a benchmark compares.
    public var writeSerialization: StoreWriteSerialization = .advisoryLock
    /// A fixed captcha answer for automated runs. The image then shows this text and every challenge says
    /// it is in test mode. A production configuration refuses it.
    public var captchaTestAnswer: String?
    /// The address where a phone can open the confirmation link (the office server's). Without it the
    /// email carries only the code to type at the terminal, never a link that leads nowhere.
    public var publicBaseURL: URL?
    /// The IMSS subdelegation (SS of `SS AA NN CCCC D`) that new numbers are assigned in.
    public var subdelegation: Int
    /// A real deployment: refuses test shortcuts.
    public var production: Bool
    /// Fills an empty registry with the deterministic demo population on first open.
    public var seedsDemoRegistry: Bool
    /// Where the email goes.
    public var mailDelivery: MailDelivery
    /// An outbox that replaces the one `mailDelivery` names: for tests (a Maildir on a disk that fills up).
    public var outboxOverride: (any Outbox)?
    /// The From address of the email.
    public var mailSender: String
    /// Lifetimes and attempt limits.
    public var limits: EmbeddedLimits
    /// Which terminal this backend answers, for the audit log: `host/tty` of the wizard that started it,
    /// «personal» for the staff tools. Never a person's name.
    public var terminal: String
    /// The Unix account whose wizard this backend answers, recorded with each application it starts:
    /// `nss-kiosk --resume` offers an application only to the same account on the same host. Nil at a
    /// kiosk, whose applications are never offered (the person walked away; the idle wipe is the rule).
    public var account: String?
    /// The machine, recorded with the account.
    public var host: String
    /// The current instant; tests move it to expire captchas and codes.
    public var clock: @Sendable () -> Date
    /// What paints the PDFs: by default the `nss-kiosk-pdf` helper beside the program, so that cairo and
    /// pango are never loaded into the wizard.
    public var renderer: any DocumentRendering
    /// The languages besides Spanish (built in) that emails and spelled captchas can be written in: the
    /// catalogues the program found (`LanguageCatalogues`). An application in another language gets Spanish.
    public var catalogues: [Catalogue] = []

    public init(
        dataDirectory: URL = EmbeddedConfiguration.defaultDataDirectory(),
        captchaTestAnswer: String? = nil,
        publicBaseURL: URL? = nil,
        subdelegation: Int = 18,
        production: Bool = false,
        seedsDemoRegistry: Bool = true,
        mailDelivery: MailDelivery = .maildir,
        mailSender: String = "no-responder@nss-kiosk.localhost",
        limits: EmbeddedLimits = EmbeddedLimits(),
        terminal: String = "personal",
        account: String? = ProcessOwner.account,
        host: String = ProcessOwner.host,
        clock: @escaping @Sendable () -> Date = { Date() },
        renderer: any DocumentRendering = HelperProcessRenderer(),
        outboxOverride: (any Outbox)? = nil,
        postgres: PostgresLocation? = nil,
        storeConnections: Int = PostgresStore.defaultConnections
    ) {
        self.dataDirectory = dataDirectory
        self.postgres = postgres
        self.storeConnections = storeConnections
        self.captchaTestAnswer = captchaTestAnswer
        self.publicBaseURL = publicBaseURL
        self.subdelegation = subdelegation
        self.production = production
        self.seedsDemoRegistry = seedsDemoRegistry
        self.mailDelivery = mailDelivery
        self.mailSender = mailSender
        self.limits = limits
        self.terminal = terminal
        self.account = account
        self.host = host
        self.clock = clock
        self.renderer = renderer
        self.outboxOverride = outboxOverride
    }

    /// `$XDG_DATA_HOME/nss-kiosk`, else `~/.local/share/nss-kiosk` (see `DataLocation`).
    public static func defaultDataDirectory(
        environment: [String: String] = ProcessInfo.processInfo.environment
    ) -> URL {
        DataLocation.defaultDirectory(environment: environment)
    }

    /// Who is recorded as having started an application here, for a call with `credential` (the office
    /// server's: the only one that may act on it there) or without (the wizard's own service: this account
    /// on this host; nil at a kiosk, which records none).
    func opener(_ credential: CallOrigin.Credential?) -> ApplicationTable.Opener? {
        if let credential {
            // The host is no machine's: a staff credential takes its applications up from any of them.
            return ApplicationTable.Opener(host: credential.isKiosk ? Self.kioskCredentialHost : Self.credentialHost,
                                           account: credential.name, terminal: credential.name)
        }
        return account.map { ApplicationTable.Opener(host: host, account: $0, terminal: terminal) }
    }

    /// Who may take applications up again (`--resume`): the opener, but never a kiosk.
    func resumer(_ credential: CallOrigin.Credential?) -> ApplicationTable.Opener? {
        credential?.isKiosk == true ? nil : opener(credential)
    }

    /// The hosts recorded for the applications opened with an office server's credential: a staff
    /// member's, and a kiosk's (never offered for resuming).
    static let credentialHost = "credencial-del-servidor"
    static let kioskCredentialHost = "quiosco-del-servidor"

    /// The catalogue of the language `code` names, Spanish when there is none (a mail is never refused for
    /// its language).
    func catalogue(for code: String?) -> Catalogue {
        Catalogue.named(code, among: catalogues)
    }

    /// The language stored with an application: the code asked for when it is one (`en`, `es-mx`) — its
    /// catalogue may come later, or be another server's — otherwise Spanish.
    static func storedLanguage(_ code: String) -> String {
        KioskSettings.isLanguageCode(code) ? code : Catalogue.spanish.code
    }

    /// The SQLite database inside the data directory.
    public var databaseURL: URL { dataDirectory.appendingPathComponent("nss-kiosk.sqlite") }

    /// The Maildir that `MailDelivery.maildir` writes to (`mutt -f` opens it).
    public var outboxDirectory: URL { dataDirectory.appendingPathComponent("outbox", isDirectory: true) }

    /// The folder of the installation's seal: its private key and the certificate that verifies its documents.
    public var sealDirectory: URL { dataDirectory.appendingPathComponent("sello", isDirectory: true) }

    /// The certificate to hand to whoever verifies the documents (`nss-kiosk verify`).
    public var sealCertificateURL: URL { sealDirectory.appendingPathComponent(SealKeyStore.certificateFileName) }

    /// Checks the settings that would make the service misbehave, with a Spanish explanation.
    public func validate() throws(EmbeddedConfigurationError) {
        if let answer = captchaTestAnswer {
            if production { throw .testAnswerInProduction }
            guard (1...CaptchaAlphabet.maximumTestAnswerLength).contains(answer.count),
                  answer.allSatisfy(CaptchaAlphabet.contains) else {
                throw .testAnswerNotDrawable(answer)
            }
        }
        guard (1...99).contains(subdelegation) else { throw .subdelegation(subdelegation) }
        guard (1...PostgresStore.maximumConnections).contains(storeConnections) else { throw .storeConnections(storeConnections) }
        if let url = publicBaseURL, !["http", "https"].contains(url.scheme?.lowercased() ?? "") || url.host == nil {
            throw .publicBaseURL(url.absoluteString)
        }
        guard (try? EmailAddress(mailSender)) != nil else { throw .mailSender(mailSender) }
        if case .sendmail(let command) = mailDelivery, command.first?.hasPrefix("/") != true {
            throw .sendmailCommand(command.joined(separator: " "))
        }
    }
}
