import ArgumentParser
import BackendOptions
import ConfigFile
import EmbeddedBackend
import Foundation
import KioskSettings
import Logging
import NSSCore
import ProcessKit

extension BackendArguments {
    /// This run's settings: the configuration file, the environment, then these options.
    public func settings(environment: [String: String] = ProcessInfo.processInfo.environment) throws -> KioskSettings {
        do {
            return try SettingsResolution.resolve(configPath: config, environment: environment,
                                                  commandLine: try commandLineLayer())
        } catch let failure as SettingsResolution.Failure {
            throw CommandFailure(message: failure.message)
        }
    }

    /// The data directory of `settings`.
    public static func dataURL(_ settings: KioskSettings) -> URL {
        DataLocation.directory(given: settings.dataDirectory)
    }

    /// The embedded backend's configuration for these settings.
    /// Without `recordsAccount` (a kiosk's service), applications are recorded without the account that
    /// started them, and none is ever offered for resuming. `catalogues` are the languages besides Spanish
    /// its emails and spelled captchas can be in (`LanguageCatalogues.installed`).
    public func configuration(_ settings: KioskSettings, recordsAccount: Bool = true,
                              catalogues: [Catalogue] = []) throws -> EmbeddedConfiguration {
        var publicBaseURL: URL?
        if let publicURL = settings.publicURL {
            guard let url = URL(string: publicURL) else {
                throw CommandFailure(message: "La dirección «\(UnsafeText.escaped(publicURL))» no es válida.")
            }
            publicBaseURL = url
        }
        var configuration = EmbeddedConfiguration(dataDirectory: Self.dataURL(settings), captchaTestAnswer: captchaTestAnswer,
                                                  publicBaseURL: publicBaseURL, subdelegation: settings.subdelegation,
                                                  production: settings.production, terminal: TerminalName.clean(terminal))
        if !recordsAccount { configuration.account = nil }
        configuration.catalogues = catalogues
        // The store of the settings: `--store`, else NSS_KIOSK_DATOS_ALMACEN, else `[datos] almacen`.
        if let store = settings.store {
            guard let location = PostgresLocation(store) else {
                throw CommandFailure(message: EmbeddedConfigurationError.storeURL(StoreAddress.shown(store)).description)
            }
            configuration.postgres = location
        }
        if let storeConnections = settings.storeConnections { configuration.storeConnections = storeConnections }
        return configuration
    }

    /// Opens the embedded backend, turning refusals into Spanish messages with exit status 2.
    public func open(recordsAccount: Bool = true) throws -> EmbeddedBackend {
        try open(try settings(), recordsAccount: recordsAccount)
    }

    /// `open(_:recordsAccount:)` for a caller in a task: on a thread of its own, the caller suspended. Opening
    /// waits for the store (SQLite's migrations, PostgreSQL's connecting and its first tables), which may
    /// take seconds; on the cooperative pool — or on NIO's event loops, where the office server runs its
    /// tasks — that wait would stall every other task, and PostgreSQL's connecting may not wait there at all.
    public func openOffThePool(_ settings: KioskSettings, recordsAccount: Bool = true,
                               catalogues: [Catalogue]? = nil) async throws -> EmbeddedBackend {
        let arguments = self
        return try await DedicatedThread.run {
            Result { try arguments.open(settings, recordsAccount: recordsAccount, catalogues: catalogues) }
        }.get()
    }

    /// The staff tools work on the data directory of this machine: an office server's is reached on its
    /// own machine.
    /// Its emails and spelled captchas can be in `catalogues` besides Spanish; by default in those the
    /// installation has (a staff tool delivers the email that is due, too).
    public func open(_ settings: KioskSettings, recordsAccount: Bool = true, catalogues: [Catalogue]? = nil) throws -> EmbeddedBackend {
        if server != nil || tokenFile != nil {
            throw CommandFailure(message: "\(BackendOption.server.rawValue) y \(BackendOption.tokenFile.rawValue) son para el asistente; "
                + "esta orden trabaja con la carpeta de datos de este equipo (en el servidor de la oficina, ejecútala allí).")
        }
        do {
            let catalogues = catalogues ?? LanguageCatalogues.installed(settings) {
                Logger(label: "nss-kiosk.idiomas").warning("\($0)")
            }
            return try EmbeddedBackend(configuration: try configuration(settings, recordsAccount: recordsAccount,
                                                                        catalogues: catalogues))
        } catch let failure as CommandFailure {
            throw failure
        } catch let error as EmbeddedConfigurationError {
            // An unreachable store is a failure to open, like a data directory that cannot be opened.
            if case .storeUnreachable = error { throw CommandFailure(message: error.description, status: ExitCode(1)) }
            throw CommandFailure(message: error.description)
        } catch let error as BackendError {
            throw CommandFailure(message: "No se pudo abrir la carpeta de datos «\(UnsafeText.escaped(Self.dataURL(settings).path))»: \(error.message)",
                                 status: ExitCode(1))
        }
    }
}
