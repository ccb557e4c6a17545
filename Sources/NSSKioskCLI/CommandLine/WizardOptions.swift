import BackendOptions
import FoundationEssentials
import NSSCore

/// What the wizard is told on its command line.
struct WizardOptions: Equatable {
    // The embedded backend's options, passed on to `nss-kiosk-backend serve`.
    var dataDirectory: String?
    var captchaTestAnswer: String?
    var publicURL: String?
    var subdelegation = Subdelegation.standard
    var production = false
    /// The audit log's name for this terminal; nil: `host/tty` (`TerminalName.wizard`).
    var terminal: String?
    // The wizard's own.
    var plain = false
    var kiosk = false
    var mono = false
    var ascii = false
    var idleSeconds = 180
    var downloads: String?
    /// `--resume`: start on the list of this account's applications that can be taken up.
    var resume = false
    /// `--answers FILE`: run the procedure from a file of answers.
    var answers: String?

    /// The data directory: `--data`, else `$XDG_DATA_HOME/nss-kiosk`, else `~/.local/share/nss-kiosk`.
    func dataURL(environment: [String: String]) -> URL {
        DataLocation.directory(given: dataDirectory, environment: environment)
    }

    /// The backend's options as arguments for the service, with the data directory resolved.
    func serviceArguments(dataURL: URL) -> [String] {
        var arguments = [BackendOption.data.rawValue, dataURL.path, BackendOption.subdelegation.rawValue, String(subdelegation)]
        if let captchaTestAnswer { arguments += [BackendOption.captchaTestAnswer.rawValue, captchaTestAnswer] }
        if let publicURL { arguments += [BackendOption.publicURL.rawValue, publicURL] }
        if production { arguments.append(BackendOption.production.rawValue) }
        arguments += [BackendOption.terminal.rawValue, terminal ?? TerminalName.wizard(host: Host.name, tty: Host.terminalDevice)]
        // A kiosk's applications are never offered for resuming: the service records no account for them.
        if kiosk { arguments.append(ServeFlag.kiosk) }
        return arguments
    }
}
