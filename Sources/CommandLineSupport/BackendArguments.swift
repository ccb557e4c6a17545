import ArgumentParser
import BackendOptions
import FoundationEssentials
import KioskSettings
import NSSCore

/// How the embedded backend runs, as the command line says it: shared by every staff command that opens
/// the data directory and by `serve` (to which the wizard passes its own copies of these options). The
/// configuration file and the environment say the rest (`settings()` in the backend program).
public struct BackendArguments: ParsableArguments {
    @Option(name: .customLong(BackendOption.config.longName), help: help(.config))
    public var config: String?

    @Option(name: .customLong(BackendOption.data.longName), help: help(.data))
    public var dataDirectory: String?

    @Option(name: .customLong(BackendOption.captchaTestAnswer.longName), help: help(.captchaTestAnswer))
    public var captchaTestAnswer: String?

    @Option(name: .customLong(BackendOption.publicURL.longName), help: help(.publicURL))
    public var publicURL: String?

    @Option(name: .customLong(BackendOption.subdelegation.longName), help: help(.subdelegation))
    public var subdelegation: Int?

    @Flag(name: .customLong(BackendOption.production.longName), help: help(.production))
    public var production = false

    @Option(name: .customLong(BackendOption.terminal.longName), help: help(.terminal))
    public var terminal: String = TerminalName.staff

    // The office server's and the staff tools' that work on its store; not the wizard's (a terminal
    // reaches a shared store through the office server).
    @Option(name: .customLong(String(Setting.store.flag!.dropFirst(2))), help: settingHelp(.store))
    public var store: String?

    @Option(name: .customLong(String(Setting.storeConnections.flag!.dropFirst(2))), help: settingHelp(.storeConnections))
    public var storeConnections: Int?

    // The wizard's (`serve` takes them from it); the staff tools refuse them, so their help omits them.
    @Option(name: .customLong(BackendOption.server.longName), help: hidden(.server))
    public var server: String?

    @Option(name: .customLong(BackendOption.tokenFile.longName), help: hidden(.tokenFile))
    public var tokenFile: String?

    public init() {}

    public func validate() throws {
        _ = try commandLineLayer()
        if (server == nil) != (tokenFile == nil) { throw ValidationError(RemoteService.bothNeeded) }
    }

    /// The settings this command line gives, each checked: the layer over the file and the environment.
    public func commandLineLayer() throws -> [Setting: SettingValue] {
        var layer: [Setting: SettingValue] = [:]
        let given: [(Setting, SettingValue?)] = [
            (.dataDirectory, dataDirectory.map(SettingValue.text)), (.publicURL, publicURL.map(SettingValue.text)),
            (.subdelegation, subdelegation.map(SettingValue.integer)), (.production, production ? .flag(true) : nil),
            (.server, server.map(SettingValue.text)), (.tokenFile, tokenFile.map(SettingValue.text)),
            (.store, store.map(SettingValue.text)), (.storeConnections, storeConnections.map(SettingValue.integer)),
        ]
        for case let (setting, value?) in given {
            switch setting.validate(value) {
            case .success(let valid): layer[setting] = valid
            case .failure(let problem):
                throw ValidationError(Setting.optionMessage(setting.flag ?? setting.name, problem))
            }
        }
        return layer
    }
}

private func help(_ option: BackendOption) -> ArgumentHelp {
    ArgumentHelp(option.help, valueName: option.valueName)
}

private func settingHelp(_ setting: Setting) -> ArgumentHelp {
    ArgumentHelp(setting.help, valueName: setting.valueName)
}

private func hidden(_ option: BackendOption) -> ArgumentHelp {
    ArgumentHelp(option.help, valueName: option.valueName, visibility: .hidden)
}

/// Parsed options are plain values once parsed (ArgumentParser's property wrappers are not marked
/// `Sendable`): a copy may open the store on a thread of its own.
extension BackendArguments: @unchecked Sendable {}
