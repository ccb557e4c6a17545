import ArgumentParser
import CommandLineSupport
import Foundation

/// `nss-kiosk-backend`: everything that opens the data directory — the service the wizard runs beside
/// itself (`serve`) and the staff tools. People type these as `nss-kiosk curp …`, `nss-kiosk registry …`:
/// the wizard's program hands such command lines to this one, so that it stays small itself.
@main
struct NSSKioskBackend: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "nss-kiosk",
        abstract: "Herramientas del personal de nss-kiosk y el servicio que usa el asistente.",
        discussion: "El asistente se abre con nss-kiosk sin subcomando (nss-kiosk --help muestra sus opciones).",
        subcommands: [CURPCommand.self, NSSCommand.self, RegistryCommand.self, LinkCommand.self, OutboxCommand.self,
                      VerifyCommand.self, KeysCommand.self, AuditCommand.self, PurgeCommand.self, ConfigCommand.self,
                      AnswersCommand.self,
                      ServeCommand.self]
    )

    static func main() async {
        await SpanishUsageErrors.main(NSSKioskBackend.self)
    }
}
