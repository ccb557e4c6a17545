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
    case config = "--config"

    /// The setting the option sets, if it is one.
    public var setting: Setting? {
        switch self {
        case .data: .dataDirectory
        case .publicURL: .publicURL
        case .subdelegation: .subdelegation
        case .production: .production
        case .captchaTestAnswer, .config: nil
        }
    }

    /// The long name without its dashes, as swift-argument-parser wants it.
    public var longName: String { String(rawValue.dropFirst(2)) }

    /// The name of the value in the help (nil for a flag).
    public var valueName: String? {
        switch self {
        case .captchaTestAnswer: "texto"
        case .config: "archivo"
        case .production: nil
        default: setting?.valueName
        }
    }

    /// One line of help, in Spanish.
    public var help: String {
        switch self {
        case .captchaTestAnswer: "Modo de prueba: todos los captcha tienen esta respuesta y cada pantalla lo anuncia."
        case .config: "Archivo de configuración (por omisión \(KioskSettings.fileVariable) o \(KioskSettings.standardFile), si existe)."
        default: setting?.help ?? ""
        }
    }
}
