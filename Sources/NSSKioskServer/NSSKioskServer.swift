import ArgumentParser
import BackendOptions
import CommandLineSupport
import ConfigFile
import EmbeddedBackend
import Foundation
import LogSetup
import Logging
import NIOCore
import NIOPosix
import NSSCore
import ProcessKit
import OfficeServer
import SecretFile

/// `nss-kiosk-server`: the office server, for every kiosk and staff session of an office (see
/// `OfficeServer`), and `nss-kiosk-server openapi`, the document of its API. Logs go to standard error
/// (the journal, under systemd).
@main
struct NSSKioskServer: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "nss-kiosk-server",
        abstract: "El servidor de la oficina: el trámite para todas las terminales, y la liga de confirmación del correo.",
        discussion: """
            Las terminales lo usan con «nss-kiosk --server URL --token-file ARCHIVO». Escucha en 127.0.0.1 \
            (ponlo detrás de un proxy con TLS, como nginx); se detiene con SIGTERM sin perder nada.
            """,
        subcommands: [Serve.self, PrintOpenAPI.self],
        defaultSubcommand: Serve.self
    )

    // Swift's tasks stay on their own pool, not NIO's event loops (`NIOSingletons`' takeover): measured
    // under wrk, the takeover cost a confirmation status more CPU, not less (BENCHMARKS.md).
    static func main() async {
        await SpanishUsageErrors.main(NSSKioskServer.self)
    }
}

/// The server itself (the default: `nss-kiosk-server --data … --tokens …`).
struct Serve: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Atiende a las terminales (lo que hace nss-kiosk-server sin subcomando)."
    )

    @OptionGroup var backend: BackendArguments

    @Option(name: .customLong("listen"), help: ArgumentHelp("Dirección y puerto donde escucha.", valueName: "host:puerto"))
    var listen = "127.0.0.1:8080"

    @Option(name: .customLong("tokens"),
            help: ArgumentHelp("Archivo (modo 0600) con una línea «nombre credencial» por terminal.", valueName: "archivo"))
    var tokens: String

    @Option(name: .customLong("metrics-token-file"),
            help: ArgumentHelp("Archivo (modo 0600) con la credencial que Prometheus presenta para leer /metricas; "
                + "sin él, el servidor no publica métricas.", valueName: "archivo"))
    var metricsTokenFile: String?

    /// `GET /hola`, the smallest answer of the same server, for `make bench`.
    @Flag(name: .customLong("hello-route"), help: ArgumentHelp(visibility: .hidden))
    var helloRoute = false

    func validate() throws {
        guard ListenAddress(listen) != nil else {
            throw ValidationError("La dirección «\(listen)» no es válida para --listen: escribe host:puerto, por ejemplo 127.0.0.1:8080.")
        }
        guard backend.publicURL != nil else {
            throw ValidationError("Falta --public-url: la dirección donde los teléfonos abren la liga del correo "
                + "(la del proxy con TLS, por ejemplo https://nss.oficina.example).")
        }
    }

    func run() async throws {
        Logs.bootstrapStandardError()
        let address = ListenAddress(listen)!
        let terminals: TerminalTokens
        let metricsToken: String?
        do {
            terminals = try TerminalTokens.load(tokens)
            metricsToken = try metricsTokenFile.map { path throws(SecretFile.Refusal) in try MetricsToken.load(path) }
        } catch {
            throw CommandFailure(message: error.message)
        }
        // Its own lines in the audit log (the email it delivers) name the server, not «personal».
        var arguments = backend
        if arguments.terminal == TerminalName.staff { arguments.terminal = "servidor" }
        let settings = try arguments.settings()
        // The languages of the emails, spelled captchas and phone pages besides Spanish.
        let log = Logger(label: "nss-kiosk.idiomas")
        let catalogues = LanguageCatalogues.installed(settings) { log.warning("\($0)") }
        // Its applications are recorded without an account: the server's own account would offer every
        // terminal's applications to every terminal for resuming.
        let store = try await arguments.openOffThePool(settings, recordsAccount: false, catalogues: catalogues)
        var limits = ServerLimits(settings)
        let descriptors = DescriptorLimit.raised()
        let connections = DescriptorLimit.connections(limits.connections, descriptors: descriptors)
        if connections < limits.connections {
            Logger(label: "nss-kiosk.server").warning("connections capped by the descriptor limit",
                                                      metadata: ["connections": "\(connections)", "descriptors": "\(descriptors)"])
            limits.connections = connections
        }
        let server = OfficeServer(backend: store, tokens: terminals, limits: limits, metricsToken: metricsToken,
                                  helloRoute: helloRoute)
        let count = terminals.names.count
        try await server.run(host: address.host, port: address.port) { port in
            let shown = address.host.contains(":") ? "[\(address.host)]" : address.host
            let line = "nss-kiosk-server escucha en http://\(shown):\(port) (\(count) \(count == 1 ? "terminal" : "terminales")).\n"
            FileHandle.standardOutput.write(Data(line.utf8))
        }
    }
}

/// `nss-kiosk-server openapi`: the OpenAPI 3.1 document of the API, made from the same definitions the
/// server runs (the repository keeps a copy in `openapi/nss-kiosk-server.json`).
struct PrintOpenAPI: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "openapi",
        abstract: "Escribe el documento OpenAPI 3.1 de la API del servidor."
    )

    func run() throws {
        do {
            FileHandle.standardOutput.write(Data(try OpenAPIDocument.make().text.utf8))
        } catch {
            throw CommandFailure(message: error.description, status: ExitCode(1))
        }
    }
}

/// `host:puerto` of `--listen` (`[::1]:8080` for IPv6).
struct ListenAddress {
    let host: String
    let port: Int

    init?(_ text: String) {
        guard let colon = text.lastIndex(of: ":"), let port = Int(text[text.index(after: colon)...]), (0...65535).contains(port)
        else { return nil }
        var host = String(text[..<colon])
        if host.hasPrefix("[") && host.hasSuffix("]") { host = String(host.dropFirst().dropLast()) }
        guard !host.isEmpty else { return nil }
        self.host = host
        self.port = port
    }
}
