import ArgumentParser
import DocumentDelivery
import EmbeddedBackend
import Foundation
import NSSCore
import PlainMode

/// `nss-kiosk` (or `nss-kiosk run`): the wizard, on the embedded backend.
struct RunCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Abre el asistente del trámite (lo que hace nss-kiosk sin subcomando)."
    )

    @OptionGroup var backend: BackendOptions

    @Flag(help: "Modo de líneas, para lectores de pantalla, líneas braille y consolas seriales.")
    var plain = false

    @Flag(help: "Modo quiosco: sin salida a la terminal; al terminar o salir, empieza de nuevo.")
    var kiosk = false

    @Option(help: ArgumentHelp("Segundos sin teclear antes de borrar los datos de la persona.", valueName: "s"))
    var idle = 180

    @Option(help: ArgumentHelp("Carpeta donde «Guardar» deja los documentos (en un quiosco, la memoria USB). Por omisión ~/Descargas.",
                               valueName: "carpeta"))
    var downloads: String?

    /// Where the documents go when the person saves or prints them.
    var outlet: FolderAndPrinterOutlet {
        FolderAndPrinterOutlet(folder: downloads.map { URL(fileURLWithPath: $0, isDirectory: true) }
            ?? FolderAndPrinterOutlet.defaultFolder())
    }

    func validate() throws {
        guard idle >= 30 else { throw ValidationError("--idle debe ser de al menos 30 segundos.") }
    }

    func run() async throws {
        let configuration = try backend.configuration()
        try Logs.bootstrapFile(in: configuration.dataDirectory)
        let store = try backend.open()
        let environment = ProcessInfo.processInfo.environment
        var options = PlainOptions()
        options.kiosk = kiosk
        options.ascii = !PlainOptions.localeIsUTF8(environment)
        options.idleSeconds = idle
        options.testCaptchaAnswer = configuration.captchaTestAnswer
        let status = await PlainMode.run(backend: store, input: StandardInput(), output: StandardOutput(),
                                         options: options, outlet: outlet)
        if status != 0 { throw ExitCode(status) }
    }
}
