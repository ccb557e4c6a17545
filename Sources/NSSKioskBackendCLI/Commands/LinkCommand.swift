import ArgumentParser
import CommandLineSupport
import EmbeddedBackend
import Foundation
import LogSetup
import NSSCore

/// `nss-kiosk link open URL`: what opening the confirmation link of the email does, for the embedded
/// backend (where no web server answers the link).
struct LinkCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "link",
        abstract: "Liga de confirmación del correo.",
        subcommands: [LinkOpen.self]
    )
}

struct LinkOpen: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "open",
        abstract: "Abre la liga de confirmación de un correo (la liga completa o sólo su token).",
        discussion: "La terminal que espera la confirmación avanza sola en menos de 2 segundos."
    )

    @Argument(help: ArgumentHelp("La liga del correo o su token.", valueName: "liga"))
    var link: String
    @OptionGroup var backend: BackendArguments

    func run() async throws {
        Logs.bootstrapStandardError()
        let store = try backend.open()
        do {
            try await store.openLink(token: link)
            print("Correo confirmado. Ya puedes continuar en la terminal.")
        } catch BackendError.applicationNotFound {
            throw CommandFailure(message: "La liga no corresponde a ninguna solicitud: revisa que esté completa.",
                                 status: ExitStatus.invalid)
        } catch let error as BackendError {
            throw CommandFailure(message: error.message, status: ExitStatus.invalid)
        }
    }
}
