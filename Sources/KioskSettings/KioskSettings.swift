/// Every setting, resolved: the defaults, then what the file says, then the environment, then the
/// command line (`applying`, one layer after another). The backend program reads the file (it links
/// the TOML parser) and hands the wizard the result when it greets it; the wizard lays its own command
/// line over that, so its start reads no file and links no parser.
public struct KioskSettings: Hashable, Sendable, Codable {
    /// nil: `$XDG_DATA_HOME/nss-kiosk`, else `~/.local/share/nss-kiosk`.
    public var dataDirectory: String?
    public var publicURL: String?
    public var subdelegation = Subdelegation.standard
    public var production = false
    /// nil: `~/Descargas`, and at a kiosk nowhere.
    public var downloads: String?
    /// nil: the system's default printer.
    public var printer: String?
    public var idleSeconds = 180
    public var waitingIdleSeconds = 600
    public var idleWarningSeconds = 30
    public var staffPINDigest: StaffPINDigest?
    public var language = "es"
    /// nil: `/etc/nss-kiosk/idiomas`.
    public var languagesFolder: String?
    /// The office server and this terminal's credential for it (both, or neither): the service beside the
    /// wizard then carries the calls there instead of answering them from the data directory.
    public var server: String?
    public var tokenFile: String?
    /// The office server's rate limits (`ServerLimits`): a person makes a few calls a minute, a script
    /// retrying in a loop thousands.
    public var serverCallsPerMinute = 120
    public var serverSubmissionsPerCURP = 10
    /// The shared PostgreSQL store (`[datos] almacen`, `--store`), nil: SQLite in the data directory. It may
    /// hold a password: never shown whole (`StoreAddress.shown`) and never handed to the wizard.
    public var store: String?
    /// nil: the store's own default.
    public var storeConnections: Int?
    /// How long the office server waits for a whole request, or for the next one on an open connection.
    public var serverIdleSeconds = 10
    /// How many connections the office server holds open at once.
    public var serverConnections = 1000
    /// Where each setting that is not a default came from, for `config show` and for messages.
    public var sources: [String: SettingSource] = [:]

    /// Whether `code` names a language as its catalogue's file does (`en` for `en.toml`): two or three
    /// small letters, and a region after a hyphen if need be (`es-mx`). Whether its catalogue exists is
    /// known where the catalogues are read.
    public static func isLanguageCode(_ code: String) -> Bool {
        let parts = code.split(separator: "-", omittingEmptySubsequences: false)
        guard (1...2).contains(parts.count), (2...3).contains(parts[0].count),
              parts[0].utf8.allSatisfy({ $0 >= 0x61 && $0 <= 0x7A }) else { return false }
        return parts.count == 1 || (1...8).contains(parts[1].count)
            && parts[1].utf8.allSatisfy { ($0 >= 0x61 && $0 <= 0x7A) || ($0 >= 0x30 && $0 <= 0x39) }
    }

    /// Where the standard configuration file lives.
    public static let standardFile = "/etc/nss-kiosk/config.toml"
    /// The environment variable that names another file (as `--config` does).
    public static let fileVariable = "NSS_KIOSK_CONFIG"

    public init() {}

    /// The settings with `layer` laid over them (each value already validated).
    public func applying(_ layer: [Setting: SettingValue], from source: SettingSource) -> KioskSettings {
        var settings = self
        for (setting, value) in layer {
            settings.set(setting, value)
            settings.sources[setting.rawValue] = source
        }
        return settings
    }

    private mutating func set(_ setting: Setting, _ value: SettingValue) {
        switch (setting, value) {
        case (.dataDirectory, .text(let text)): dataDirectory = text
        case (.publicURL, .text(let text)): publicURL = text
        case (.subdelegation, .integer(let number)): subdelegation = number
        case (.production, .flag(let on)): production = on
        case (.downloads, .text(let text)): downloads = text
        case (.printer, .text(let text)): printer = text
        case (.idleSeconds, .integer(let number)): idleSeconds = number
        case (.waitingIdleSeconds, .integer(let number)): waitingIdleSeconds = number
        case (.idleWarningSeconds, .integer(let number)): idleWarningSeconds = number
        case (.staffPINDigest, .text(let hex)): staffPINDigest = StaffPINDigest(hex: hex)
        case (.language, .text(let text)): language = text
        case (.languagesFolder, .text(let text)): languagesFolder = text
        case (.server, .text(let text)): server = text
        case (.tokenFile, .text(let text)): tokenFile = text
        case (.serverCallsPerMinute, .integer(let number)): serverCallsPerMinute = number
        case (.serverSubmissionsPerCURP, .integer(let number)): serverSubmissionsPerCURP = number
        case (.store, .text(let text)): store = text
        case (.storeConnections, .integer(let number)): storeConnections = number
        case (.serverIdleSeconds, .integer(let number)): serverIdleSeconds = number
        case (.serverConnections, .integer(let number)): serverConnections = number
        default: break
        }
    }

    /// The current value of `setting`, as it would be written in the file.
    public func value(of setting: Setting) -> SettingValue? {
        switch setting {
        case .dataDirectory: dataDirectory.map(SettingValue.text)
        case .publicURL: publicURL.map(SettingValue.text)
        case .subdelegation: .integer(subdelegation)
        case .production: .flag(production)
        case .downloads: downloads.map(SettingValue.text)
        case .printer: printer.map(SettingValue.text)
        case .idleSeconds: .integer(idleSeconds)
        case .waitingIdleSeconds: .integer(waitingIdleSeconds)
        case .idleWarningSeconds: .integer(idleWarningSeconds)
        case .staffPINDigest: staffPINDigest.map { _ in .text("(definido)") }
        case .language: .text(language)
        case .languagesFolder: languagesFolder.map(SettingValue.text)
        case .server: server.map(SettingValue.text)
        case .tokenFile: tokenFile.map(SettingValue.text)
        case .serverCallsPerMinute: .integer(serverCallsPerMinute)
        case .serverSubmissionsPerCURP: .integer(serverSubmissionsPerCURP)
        case .store: store.map { .text(StoreAddress.shown($0)) }
        case .storeConnections: storeConnections.map(SettingValue.integer)
        case .serverIdleSeconds: .integer(serverIdleSeconds)
        case .serverConnections: .integer(serverConnections)
        }
    }

    /// What the wizard is handed by its service: everything but the shared store's address, which may
    /// carry its password and which a terminal has no use for.
    public var forTheWizard: KioskSettings {
        var settings = self
        settings.store = nil
        settings.storeConnections = nil
        settings.sources[Setting.store.rawValue] = nil
        settings.sources[Setting.storeConnections.rawValue] = nil
        return settings
    }

    /// The environment's layer: every `NSS_KIOSK_…` variable of a setting, each checked.
    public static func environmentLayer(_ environment: [String: String]) -> Result<[Setting: SettingValue], SettingProblem> {
        var layer: [Setting: SettingValue] = [:]
        for setting in Setting.allCases {
            guard let text = environment[setting.environmentVariable] else { continue }
            switch setting.parse(text) {
            case .success(let value): layer[setting] = value
            case .failure(let problem):
                return .failure(SettingProblem("En la variable \(setting.environmentVariable), \(setting.name) \(problem.message)"))
            }
        }
        return .success(layer)
    }
}

/// Where a setting's value came from.
public enum SettingSource: Hashable, Sendable, Codable {
    /// The configuration file, at a line.
    case file(path: String, line: Int)
    /// `DATA/kiosk.conf`, the older file of the staff PIN.
    case legacyFile(path: String)
    case environment(variable: String)
    case commandLine(option: String)

    /// In Spanish, for `config show`.
    public var described: String {
        switch self {
        case .file(let path, let line): "\(path), línea \(line)"
        case .legacyFile(let path): "\(path) (archivo antiguo)"
        case .environment(let variable): "variable \(variable)"
        case .commandLine(let option): "opción \(option)"
        }
    }
}
