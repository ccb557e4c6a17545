import ArgumentParser
import BackendOptions
import FoundationEssentials
import NSSCore

/// How the embedded backend runs, as the command line says it: shared by every staff command that opens
/// the data directory and by `serve` (to which the wizard passes its own copies of these options).
public struct BackendArguments: ParsableArguments {
    @Option(name: .customLong(BackendOption.data.longName), help: help(.data))
    public var dataDirectory: String?

    @Option(name: .customLong(BackendOption.captchaTestAnswer.longName), help: help(.captchaTestAnswer))
    public var captchaTestAnswer: String?

    @Option(name: .customLong(BackendOption.publicURL.longName), help: help(.publicURL))
    public var publicURL: String?

    @Option(name: .customLong(BackendOption.subdelegation.longName), help: help(.subdelegation))
    public var subdelegation: Int = Subdelegation.standard

    @Flag(name: .customLong(BackendOption.production.longName), help: help(.production))
    public var production = false

    @Option(name: .customLong(BackendOption.terminal.longName), help: help(.terminal))
    public var terminal: String = TerminalName.staff

    // The wizard's (`serve` takes them from it); the staff tools refuse them, so their help omits them.
    @Option(name: .customLong(BackendOption.server.longName), help: hidden(.server))
    public var server: String?

    @Option(name: .customLong(BackendOption.tokenFile.longName), help: hidden(.tokenFile))
    public var tokenFile: String?

    public init() {}

    public func validate() throws {
        guard Subdelegation.valid.contains(subdelegation) else {
            throw ValidationError(Subdelegation.invalidMessage(String(subdelegation)))
        }
        if (server == nil) != (tokenFile == nil) { throw ValidationError(RemoteService.bothNeeded) }
    }

    /// The data directory: `--data`, else `$XDG_DATA_HOME/nss-kiosk`, else `~/.local/share/nss-kiosk`.
    public var dataURL: URL {
        DataLocation.directory(given: dataDirectory)
    }
}

private func help(_ option: BackendOption) -> ArgumentHelp {
    ArgumentHelp(option.help, valueName: option.valueName)
}

private func hidden(_ option: BackendOption) -> ArgumentHelp {
    ArgumentHelp(option.help, valueName: option.valueName, visibility: .hidden)
}
