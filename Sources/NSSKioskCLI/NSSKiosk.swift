import ArgumentParser
import BackendService
import CommandLineSupport
import FoundationEssentials
import ProcessKit

#if canImport(Glibc)
import Glibc
#endif

/// `nss-kiosk`: the wizard. The staff tools (`nss-kiosk curp …`, `registry`, `outbox`, `verify`…) live
/// in `nss-kiosk-backend`, installed beside it; this program hands such command lines over to it
/// unchanged, so that the program a person waits for at the terminal carries no database, no
/// cryptography and no PDF code.
@main
struct NSSKiosk: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "nss-kiosk",
        abstract: "Asignación o Localización de Número de Seguridad Social (NSS), paso a paso en la terminal.",
        discussion: """
            Herramientas del personal: nss-kiosk curp, nss, registry, link, outbox, verify y keys \
            (nss-kiosk SUBCOMANDO --help explica cada una).
            """,
        subcommands: [RunCommand.self],
        defaultSubcommand: RunCommand.self
    )

    /// The first words that belong to `nss-kiosk-backend`.
    static let staffCommands = ["curp", "nss", "registry", "link", "outbox", "verify", "keys", "serve"]

    static func main() {
        let arguments = Array(CommandLine.arguments.dropFirst())
        if let first = arguments.first, staffCommands.contains(first) {
            handOver(arguments)
        }
        SpanishUsageErrors.mainSynchronously(NSSKiosk.self)
    }

    /// Becomes `nss-kiosk-backend ARGUMENTS` (same process, same standard streams, same exit status).
    static func handOver(_ arguments: [String]) -> Never {
        let program = ServiceClient.Launch.besideThisProgram(arguments: []).executable
        var argv: [UnsafeMutablePointer<CChar>?] = (["nss-kiosk"] + arguments).map { strdup($0) } + [nil]
        execv(program.path, &argv)
        StandardStream.write("nss-kiosk: falta el programa \(ServiceClient.Launch.programName) en "
            + "\(program.deletingLastPathComponent().path) (se instala junto a nss-kiosk).\n", to: STDERR_FILENO)
        Glibc.exit(1)
    }
}
