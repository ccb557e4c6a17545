import KioskSettings

/// The embedded backend's options, one definition for both command lines that take them: the
/// wizard's own parser (`nss-kiosk`, which passes them on to `nss-kiosk-backend serve`) and the staff
/// tools' swift-argument-parser commands. Those that are also settings of the configuration file take
/// their name, help and limits from `Setting`.
public enum BackendOption: String, CaseIterable, Sendable {
    case data = "--data"
    case captchaTestAnswer = "--captcha-test-answer"
    case publicURL = "--public-url"
    case subdelegation = "--subdelegation"
    case production = "--production"
    case terminal = "--terminal"
    case server = "--server"
    case tokenFile = "--token-file"
    case config = "--config"

    /// The setting the option sets, if it is one.
    public var setting: Setting? {
        switch self {
        case .data: .dataDirectory
        case .publicURL: .publicURL
        case .subdelegation: .subdelegation
        case .production: .production
        case .server: .server
        case .tokenFile: .tokenFile
        case .captchaTestAnswer, .terminal, .config: nil
        }
    }

    /// The long name without its dashes, as swift-argument-parser wants it.
    public var longName: String { String(rawValue.dropFirst(2)) }

    /// The name of the value in the help (nil for a flag).
    public var valueName: String? {
        switch self {
        case .captchaTestAnswer: "texto"
        case .config: "archivo"
        case .terminal: "nombre"
        case .production: nil
        default: setting?.valueName
        }
    }

    /// One line of help, in Spanish.
    public var help: String {
        switch self {
        case .captchaTestAnswer: "Modo de prueba: todos los captcha tienen esta respuesta y cada pantalla lo anuncia."
        case .terminal: "Nombre de esta terminal en la bitácora de auditoría; por omisión equipo/tty (el asistente) o «personal» (las herramientas)."
        case .config: "Archivo de configuración (por omisión \(KioskSettings.fileVariable) o \(KioskSettings.standardFile), si existe)."
        default: setting?.help ?? ""
        }
    }
}

/// The office server as the wizard reaches it: `--server` and `--token-file` go together.
public enum RemoteService {
    public static let bothNeeded =
        "\(BackendOption.server.rawValue) y \(BackendOption.tokenFile.rawValue) van juntos: la dirección del servidor y la credencial de esta terminal."
}

/// The flags of `nss-kiosk-backend serve` alone, which the wizard passes to the service it starts.
public enum ServeFlag {
    /// The wizard is a kiosk: its applications are recorded without an account, so that no one is ever
    /// offered to resume them (the person walked away; the idle wipe is the rule there).
    public static let kiosk = "--kiosk"
}

/// How a terminal is named in the audit log when `--terminal` does not name it.
public enum TerminalName {
    /// The staff tools' name.
    public static let staff = "personal"

    /// `host/tty` (`kiosko-2/tty1`, `oficina/pts/3`): where the wizard runs, never who uses it. Only
    /// printable ASCII is kept, at most 64 characters.
    public static func wizard(host: String, tty: String?) -> String {
        let tty = tty.map { $0.hasPrefix("/dev/") ? String($0.dropFirst(5)) : $0 } ?? "sin-tty"
        return clean("\(host)/\(tty)")
    }

    /// Printable ASCII only (no control characters, commas kept), at most 64 characters.
    public static func clean(_ name: String) -> String {
        String(String.UnicodeScalarView(name.unicodeScalars.filter { $0.value >= 0x21 && $0.value < 0x7F }).prefix(64))
    }
}

/// The subcommands of `nss-kiosk-backend` a person types after `nss-kiosk`: the wizard's program hands
/// such command lines to that program (a test checks this list against its subcommands).
public enum StaffCommand {
    public static let names = ["curp", "nss", "registry", "link", "outbox", "verify", "keys", "audit", "purge", "config", "answers", "serve"]
}
