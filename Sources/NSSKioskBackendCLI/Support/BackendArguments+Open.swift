import ArgumentParser
import BackendOptions
import CommandLineSupport
import EmbeddedBackend
import Foundation
import NSSCore

extension BackendArguments {
    /// The embedded backend's configuration for these arguments.
    func configuration() throws -> EmbeddedConfiguration {
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

    /// Opens the embedded backend, turning refusals into Spanish messages with exit status 2.
    func open() throws -> EmbeddedBackend {
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
