import ArgumentParser
import Foundation
import Logging

/// The `nss-kiosk` command: the wizard, and the staff tools beside it.
@main
struct NSSKiosk: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "nss-kiosk",
        abstract: "Asignación o Localización de Número de Seguridad Social (NSS), paso a paso en la terminal.",
        subcommands: [CURPCommand.self, NSSCommand.self, VerifyCommand.self, KeysCommand.self]
    )

    static func main() {
        Logs.bootstrap()
        SpanishUsageErrors.main(NSSKiosk.self)
    }
}
