import ArgumentParser
import FoundationEssentials
import NSSCore

/// How the embedded backend runs, as the command line says it: shared by every staff command that opens
/// the data directory and by `serve` (to which the wizard passes its own copies of these options).
public struct BackendArguments: ParsableArguments {
    @Option(name: .customLong("data"), help: ArgumentHelp("Carpeta de datos (registro, buzón de salida, llaves).",
                                                          valueName: "carpeta"))
    public var dataDirectory: String?

    @Option(name: .customLong("captcha-test-answer"),
            help: ArgumentHelp("Modo de prueba: todos los captcha tienen esta respuesta y cada pantalla lo anuncia.",
                               valueName: "texto"))
    public var captchaTestAnswer: String?

    @Option(name: .customLong("public-url"),
            help: ArgumentHelp("Dirección pública del servidor de la oficina: el correo lleva una liga a ella.",
                               valueName: "url"))
    public var publicURL: String?

    @Option(help: ArgumentHelp("Subdelegación del IMSS para los NSS nuevos (01–99).", valueName: "n"))
    public var subdelegation: Int = 18

    @Flag(help: "Configuración de producción: rechaza el modo de prueba.")
    public var production = false

    public init() {}

    /// The data directory: `--data`, else `$XDG_DATA_HOME/nss-kiosk`, else `~/.local/share/nss-kiosk`.
    public var dataURL: URL {
        dataDirectory.map { URL(fileURLWithPath: $0, isDirectory: true) } ?? DataLocation.defaultDirectory()
    }
}
