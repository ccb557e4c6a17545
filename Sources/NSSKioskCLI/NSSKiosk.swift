import ArgumentParser
import Foundation

/// The `nss-kiosk` command: the wizard, and the staff tools beside it.
@main
struct NSSKiosk: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "nss-kiosk",
        abstract: "Asignación o Localización de Número de Seguridad Social (NSS), paso a paso en la terminal.",
        subcommands: [RunCommand.self, CURPCommand.self, NSSCommand.self, RegistryCommand.self, LinkCommand.self,
                      OutboxCommand.self, VerifyCommand.self, KeysCommand.self],
        defaultSubcommand: RunCommand.self
    )

    static func main() async {
        await SpanishUsageErrors.main(NSSKiosk.self)
    }
}
