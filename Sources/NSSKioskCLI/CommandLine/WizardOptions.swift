import BackendOptions
import FoundationEssentials
import KioskSettings
import NSSCore

/// What the wizard is told on its command line. The settings among it (`settings`) are the top layer:
/// the service reads the configuration file and the environment and hands back what they say
/// (`KioskSettings`), and `resolved` lays these over it.
struct WizardOptions: Equatable {
    /// `--config`: the configuration file, for the service to read.
    var config: String?
    /// Test mode, passed on to the service.
    var captchaTestAnswer: String?
    /// The settings given as options (`--data`, `--idle`, `--downloads`…).
    var settings: [Setting: SettingValue] = [:]
    /// The audit log's name for this terminal; nil: `host/tty` (`TerminalName.wizard`).
    var terminal: String?
    /// The office server and this terminal's credential for it, when given as options (the configuration
    /// may name them too): the service beside the wizard then carries the calls there.
    var server: String? { if case .text(let url)? = settings[.server] { url } else { nil } }
    var tokenFile: String? { if case .text(let path)? = settings[.tokenFile] { path } else { nil } }
    // The wizard's own.
    var plain = false
    var kiosk = false
    var mono = false
    var ascii = false
    /// `--resume`: start on the list of this account's applications that can be taken up.
    var resume = false
    /// `--answers FILE`: run the procedure from a file of answers.
    var answers: String?

    /// The backend's options as arguments for the service: the file to read and the settings it needs
    /// itself (the rest the wizard lays over what the service resolves).
    func serviceArguments() -> [String] {
        var arguments: [String] = []
        if let config { arguments += [BackendOption.config.rawValue, config] }
        for option in BackendOption.allCases {
            guard let setting = option.setting, let value = settings[setting] else { continue }
            switch value {
            case .text(let text): arguments += [option.rawValue, text]
            case .integer(let number): arguments += [option.rawValue, String(number)]
            case .flag(let on): if on { arguments.append(option.rawValue) }
            }
        }
        if let captchaTestAnswer { arguments += [BackendOption.captchaTestAnswer.rawValue, captchaTestAnswer] }
        arguments += [BackendOption.terminal.rawValue, terminal ?? TerminalName.wizard(host: Host.name, tty: Host.terminalDevice)]
        // A kiosk's applications are never offered for resuming: the service records no account for them.
        if kiosk { arguments.append(ServeFlag.kiosk) }
        return arguments
    }

    /// What the service resolved, with this command line over it.
    func resolved(_ fromService: KioskSettings) -> KioskSettings {
        var settings = fromService
        for (setting, value) in self.settings {
            settings = settings.applying([setting: value], from: .commandLine(option: setting.flag ?? setting.name))
        }
        return settings
    }

    /// Whether the confirmation email carries a link a phone can open: the office server's, or the one
    /// the settings' public address names.
    func confirmationCarriesLink(_ settings: KioskSettings) -> Bool { settings.publicURL != nil || settings.server != nil }
}
