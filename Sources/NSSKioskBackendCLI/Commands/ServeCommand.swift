import ArgumentParser
import BackendOptions
import BackendService
import CommandLineSupport
import ConfigFile
import EmbeddedBackend
import HTTPBackendClient
import LogSetup
import Logging
import Foundation
import KioskSettings
import NSSCore

#if canImport(Glibc)
import Glibc
#endif

/// `nss-kiosk-backend serve`: the backend for one wizard, on standard input and output — the embedded
/// one, or with `--server` and `--token-file` the office server's, reached over HTTP from here (the
/// wizard's own process never holds an HTTP client).
///
/// The wizard starts it and speaks `BackendService`'s line protocol to it. The first line says whether
/// the data directory opened (or the credential was read), with the settings resolved from the
/// configuration file, the environment and these options (the wizard lays its own command line over
/// them: it reads no file itself); then calls are answered until standard input ends, and the result
/// email of the last person is written (or left pending for the next backend) before the program exits.
/// Logs go to the data directory's file.
struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "El servicio integrado del asistente, por la entrada y la salida estándar (lo inicia nss-kiosk).",
        shouldDisplay: false
    )

    @OptionGroup var backend: BackendArguments
    @Flag(name: .customLong(String(ServeFlag.kiosk.dropFirst(2))),
          help: "El asistente es un quiosco: sus trámites no se ofrecen para continuar (nss-kiosk --resume).")
    var kiosk = false

    func run() async throws {
        // The wizard may end at any moment; answers written after that must not kill the service
        // before it has written the last person's email.
        signal(SIGPIPE, SIG_IGN)
        ServiceMemory.limitArenas()
        // The office server, when the configuration, the environment or the options name it (and the
        // terminal's credential with it); otherwise the data directory of this machine.
        let settings = try Self.startingUp(otherwise: { "\($0)" }) { try backend.settings() }
        switch (settings.server, settings.tokenFile) {
        case (let server?, let tokenFile?):
            return try await serveRemote(settings, server: server, tokenFile: tokenFile)
        case (nil, nil):
            break
        default:
            ServiceHost.greet(.failed(message: RemoteService.bothNeeded, isBadSetting: true))
            throw ExitStatus.usage
        }
        let catalogues = try Self.startingUp(otherwise: { _ in "No se pudo abrir la carpeta de datos." }) {
            try Logs.bootstrapFile(in: BackendArguments.dataURL(settings))
            return Self.catalogues(settings)
        }
        let store = try await Self.startingUp(otherwise: { _ in "No se pudo abrir la carpeta de datos." }) {
            try await backend.openOffThePool(settings, recordsAccount: !kiosk, catalogues: catalogues)
        }
        ServiceHost.greet(.ready(protocolVersion: ServiceGreeting.protocolVersion, settings: settings.forTheWizard,
                                 catalogues: catalogues))
        // Delivers what earlier backends left and retries what fails, while the wizard runs.
        await store.startMailWorker()
        await ServiceHost.serve(store)
        await store.stopMailWorker()
        await store.deliverPendingMail()
    }

    /// The office server's backend for the wizard: its email, store and seal are the server's.
    private func serveRemote(_ settings: KioskSettings, server: String, tokenFile: String) async throws {
        if let problem = HTTPTransport.problem(with: server) {
            ServiceHost.greet(.failed(message: problem))
            throw ExitCode(1)
        }
        let token = try Self.startingUp(otherwise: { "\($0)" }) {
            try Logs.bootstrapFile(in: BackendArguments.dataURL(settings))
            return try TerminalCredential.read(tokenFile)
        }
        ServiceHost.greet(.ready(protocolVersion: ServiceGreeting.protocolVersion, settings: settings.forTheWizard,
                                 catalogues: Self.catalogues(settings)))
        await ServiceHost.serve(RemoteBackend(HTTPTransport(server: URL(string: server)!, token: token)))
    }

    /// The languages besides Spanish, read and checked here (the wizard links no TOML parser): for the
    /// wizard's screens, and for the emails and spelled captchas of the embedded backend. The log says what
    /// is wrong with a catalogue (codes and keys only).
    private static func catalogues(_ settings: KioskSettings) -> [Catalogue] {
        let log = Logger(label: "nss-kiosk.idiomas")
        return LanguageCatalogues.installed(settings) { log.warning("\($0)") }
    }

    /// Runs what the service needs before its greeting; a failure is the greeting instead (in Spanish, for
    /// the wizard to show), then the service's exit status: a bad setting is a usage error.
    private static func startingUp<Value>(otherwise message: (any Error) -> String, _ body: () throws -> Value) throws -> Value {
        do {
            return try body()
        } catch {
            throw greetFailure(error, otherwise: message)
        }
    }

    /// `startingUp` for what waits (opening the store, off the cooperative pool).
    private static func startingUp<Value>(otherwise message: (any Error) -> String,
                                          _ body: () async throws -> Value) async throws -> Value {
        do {
            return try await body()
        } catch {
            throw greetFailure(error, otherwise: message)
        }
    }

    /// Greets with the failure and gives the exit status to throw: a bad setting is a usage error.
    private static func greetFailure(_ error: any Error, otherwise message: (any Error) -> String) -> any Error {
        switch error {
        case let failure as CommandFailure:
            let isBadSetting = failure.status == ExitStatus.usage
            ServiceHost.greet(.failed(message: failure.message, isBadSetting: isBadSetting))
            return isBadSetting ? ExitStatus.usage : ExitCode(1)
        case let failure as LogFileError:
            ServiceHost.greet(.failed(message: failure.message))
            return ExitCode(1)
        default:
            ServiceHost.greet(.failed(message: message(error)))
            return ExitCode(1)
        }
    }
}
