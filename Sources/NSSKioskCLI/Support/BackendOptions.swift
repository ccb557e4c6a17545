import ArgumentParser
import EmbeddedBackend
import Foundation
import NSSCore

/// Where the embedded backend keeps its data, and how it behaves: shared by every command that opens it.
struct BackendOptions: ParsableArguments {
    @Option(name: .customLong("data"), help: ArgumentHelp("Carpeta de datos (registro, buzón de salida, llaves).",
                                                          valueName: "carpeta"))
    var dataDirectory: String?

    @Option(name: .customLong("captcha-test-answer"),
            help: ArgumentHelp("Modo de prueba: todos los captcha tienen esta respuesta y cada pantalla lo anuncia.",
                               valueName: "texto"))
    var captchaTestAnswer: String?

    @Option(name: .customLong("public-url"),
            help: ArgumentHelp("Dirección pública del servidor de la oficina: el correo lleva una liga a ella.",
                               valueName: "url"))
    var publicURL: String?

    @Option(help: ArgumentHelp("Subdelegación del IMSS para los NSS nuevos (01–99).", valueName: "n"))
    var subdelegation: Int = 18

    @Flag(help: "Configuración de producción: rechaza el modo de prueba.")
    var production = false

    var dataURL: URL {
        dataDirectory.map { URL(fileURLWithPath: $0, isDirectory: true) }
            ?? EmbeddedConfiguration.defaultDataDirectory()
    }

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
                                     production: production)
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
            throw CommandFailure(message: "No se pudo abrir la carpeta de datos «\(dataURL.path)»: \(error.message)",
                                 status: ExitCode(1))
        }
    }
}
