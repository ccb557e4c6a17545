import ArgumentParser
import BackendOptions
import CommandLineSupport
import EmbeddedBackend
import Foundation
import NSSCore

extension BackendArguments {
    /// The embedded backend's configuration for these arguments.
    /// Without `recordsAccount` (a kiosk's service), applications are recorded without the account that
    /// started them, and none is ever offered for resuming.
    func configuration(recordsAccount: Bool = true) throws -> EmbeddedConfiguration {
        var publicBaseURL: URL?
        if let publicURL {
            guard let url = URL(string: publicURL) else {
                throw CommandFailure(message: "La dirección «\(UnsafeText.escaped(publicURL))» no es válida.")
            }
            publicBaseURL = url
        }
        var configuration = EmbeddedConfiguration(dataDirectory: dataURL, captchaTestAnswer: captchaTestAnswer,
                                                  publicBaseURL: publicBaseURL, subdelegation: subdelegation,
                                                  production: production, terminal: TerminalName.clean(terminal))
        if !recordsAccount { configuration.account = nil }
        return configuration
    }

    /// Opens the embedded backend, turning refusals into Spanish messages with exit status 2.
    func open(recordsAccount: Bool = true) throws -> EmbeddedBackend {
        do {
            return try EmbeddedBackend(configuration: try configuration(recordsAccount: recordsAccount))
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
