import BackendOptions
import BackendService
import FoundationEssentials
import NSSCore
import ProcessKit

#if canImport(Glibc)
import Glibc
#endif

/// `nss-kiosk`: the wizard. The staff tools (`nss-kiosk curp …`, `registry`, `outbox`, `verify`…) live
/// in `nss-kiosk-backend`, installed beside it; this program hands such command lines over to it
/// unchanged, so that the program a person waits for at the terminal carries no database, no
/// cryptography, no PDF code and no reflection-driven argument parser.
@main
enum NSSKiosk {
    /// The first words that belong to `nss-kiosk-backend`.
    static let staffCommands = StaffCommand.names

    static func main() {
        let arguments = Array(CommandLine.arguments.dropFirst())
        if let first = arguments.first, staffCommands.contains(first) {
            handOver(arguments)
        }
        let request: WizardCommandLine.Request
        do {
            request = try WizardCommandLine.parse(arguments)
        } catch {
            StandardStream.write("nss-kiosk: \(UnsafeText.escaped(error.message))\nConsulta «nss-kiosk --help» para más información.\n",
                                 to: STDERR_FILENO)
            exit(2)
        }
        switch request {
        case .help:
            StandardStream.write(WizardCommandLine.help)
            exit(0)
        case .run(let options):
            do {
                try WizardProgram(options: options).run()
                exit(0)
            } catch {
                if !error.message.isEmpty { StandardStream.write("nss-kiosk: \(UnsafeText.escaped(error.message))\n", to: STDERR_FILENO) }
                exit(error.status)
            }
        }
    }

    /// Becomes `nss-kiosk-backend ARGUMENTS` (same process, same standard streams, same exit status).
    static func handOver(_ arguments: [String]) -> Never {
        let program = ServiceClient.Launch.besideThisProgram(arguments: []).executable
        var argv: [UnsafeMutablePointer<CChar>?] = (["nss-kiosk"] + arguments).map { strdup($0) } + [nil]
        execv(program.path, &argv)
        StandardStream.write("nss-kiosk: falta el programa \(ServiceClient.Launch.programName) en "
            + "\(program.deletingLastPathComponent().path) (se instala junto a nss-kiosk).\n", to: STDERR_FILENO)
        exit(1)
    }
}
