/// The embedded backend's options, one definition for both command lines that take them: the
/// wizard's own parser (`nss-kiosk`, which passes them on to `nss-kiosk-backend serve`) and the staff
/// tools' swift-argument-parser commands. Names, value names, help and limits live here only.
public enum BackendOption: String, CaseIterable, Sendable {
    case data = "--data"
    case captchaTestAnswer = "--captcha-test-answer"
    case publicURL = "--public-url"
    case subdelegation = "--subdelegation"
    case production = "--production"
    case terminal = "--terminal"
    case server = "--server"
    case tokenFile = "--token-file"

    /// The long name without its dashes, as swift-argument-parser wants it.
    public var longName: String { String(rawValue.dropFirst(2)) }

    /// The name of the value in the help (nil for a flag).
    public var valueName: String? {
        switch self {
        case .data: "carpeta"
        case .captchaTestAnswer: "texto"
        case .publicURL: "url"
        case .subdelegation: "n"
        case .production: nil
        case .terminal: "nombre"
        case .server: "url"
        case .tokenFile: "archivo"
        }
    }

    /// What the option is when not given, for a help page that does not say it by itself.
    public var defaultValue: String? {
        self == .subdelegation ? String(Subdelegation.standard) : nil
    }

    /// One line of help, in Spanish (without the default: see `defaultValue`).
    public var help: String {
        switch self {
        case .data: "Carpeta de datos (registro, buzón de salida, llaves); por omisión $XDG_DATA_HOME/nss-kiosk o ~/.local/share/nss-kiosk."
        case .captchaTestAnswer: "Modo de prueba: todos los captcha tienen esta respuesta y cada pantalla lo anuncia."
        case .publicURL: "Dirección pública del servidor de la oficina: el correo lleva una liga a ella."
        case .subdelegation: "Subdelegación del IMSS para los NSS nuevos (01–99)."
        case .production: "Configuración de producción: rechaza el modo de prueba."
        case .terminal: "Nombre de esta terminal en la bitácora de auditoría; por omisión equipo/tty (el asistente) o «personal» (las herramientas)."
        case .server: "Dirección del servidor de la oficina (https://…): el trámite se hace en él y no en la carpeta de datos de este equipo."
        case .tokenFile: "Archivo (modo 0600) con la credencial de esta terminal para el servidor de la oficina."
        }
    }
}

/// The office server as the wizard reaches it: `--server` and `--token-file` go together.
public enum RemoteService {
    public static let bothNeeded =
        "\(BackendOption.server.rawValue) y \(BackendOption.tokenFile.rawValue) van juntos: la dirección del servidor y la credencial de esta terminal."
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

/// The IMSS subdelegation new numbers are assigned in (the SS of `SS AA NN CCCC D`).
public enum Subdelegation {
    public static let standard = 18
    public static let valid = 1...99

    /// The number `text` names, or nil when it is not one of `valid`.
    public static func parse(_ text: String) -> Int? {
        Int(text).flatMap { valid.contains($0) ? $0 : nil }
    }

    /// What is wrong with `text`, in Spanish.
    public static func invalidMessage(_ text: String) -> String {
        "El valor «\(text)» no es válido para \(BackendOption.subdelegation.rawValue): escribe un número de 1 a 99."
    }
}

/// The subcommands of `nss-kiosk-backend` a person types after `nss-kiosk`: the wizard's program hands
/// such command lines to that program (a test checks this list against its subcommands).
public enum StaffCommand {
    public static let names = ["curp", "nss", "registry", "link", "outbox", "verify", "keys", "audit", "purge", "serve"]
}
