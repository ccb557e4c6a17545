import ArgumentParser
import BackendOptions
import EmbeddedBackend
import Foundation
import NSSCore

extension BackendArguments {
    /// The embedded backend's configuration for these arguments.
    public func configuration() throws -> EmbeddedConfiguration {
        var publicBaseURL: URL?
        if let publicURL {
            guard let url = URL(string: publicURL) else {
                throw CommandFailure(message: "La dirección «\(UnsafeText.escaped(publicURL))» no es válida.")
            }
            publicBaseURL = url
        }
        return EmbeddedConfiguration(dataDirectory: dataURL, captchaTestAnswer: captchaTestAnswer,
                                     publicBaseURL: publicBaseURL, subdelegation: subdelegation,
                                     production: production, terminal: TerminalName.clean(terminal))
    }

    /// Opens the embedded backend, turning refusals into Spanish messages with exit status 2. The staff
    /// tools work on the data directory of this machine: an office server's is reached on its own machine.
    public func open() throws -> EmbeddedBackend {
        if server != nil || tokenFile != nil {
            throw CommandFailure(message: "\(BackendOption.server.rawValue) y \(BackendOption.tokenFile.rawValue) son para el asistente; "
                + "esta orden trabaja con la carpeta de datos de este equipo (en el servidor de la oficina, ejecútala allí).")
        }
        do {
            return try EmbeddedBackend(configuration: try configuration())
        } catch let failure as CommandFailure {
            throw failure
        } catch let error as EmbeddedConfigurationError {
            throw CommandFailure(message: error.description)
        } catch let error as BackendError {
            throw CommandFailure(message: "No se pudo abrir la carpeta de datos «\(UnsafeText.escaped(dataURL.path))»: \(error.message)",
                                 status: ExitCode(1))
        }
    }
}
