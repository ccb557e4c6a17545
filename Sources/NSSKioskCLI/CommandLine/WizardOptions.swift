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
    /// The office server and this terminal's credential for it: the service beside the wizard then
    /// carries the calls there instead of answering them from the data directory.
    var server: String?
    var tokenFile: String?
    // The wizard's own.
    var plain = false
    var kiosk = false
    var mono = false
    var ascii = false
    var idleSeconds = 180
    var downloads: String?

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
        if let server { arguments += [BackendOption.server.rawValue, server] }
        if let tokenFile { arguments += [BackendOption.tokenFile.rawValue, tokenFile] }
        return arguments
    }

    /// Whether the confirmation email carries a link a phone can open: the office server's, or the one
    /// `--public-url` names.
    var confirmationCarriesLink: Bool { publicURL != nil || server != nil }
}
