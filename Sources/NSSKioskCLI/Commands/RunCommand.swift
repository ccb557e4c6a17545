import ArgumentParser
import DocumentDelivery
import EmbeddedBackend
import Foundation
import NSSCore
import PlainMode
import Screens
import Terminal
import Wizard

/// `nss-kiosk` (or `nss-kiosk run`): the wizard on the embedded backend, full screen — or in plain
/// lines with `--plain` or on a terminal that cannot do more (TERM unset or dumb).
struct RunCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Abre el asistente del trámite (lo que hace nss-kiosk sin subcomando).",
        discussion: """
            Teclas: Tab y Shift-Tab cambian de campo, Enter continúa, Esc regresa, F1 muestra la ayuda \
            y F10 sale. En modo quiosco, F10 solo borra los datos y empieza de nuevo; el personal sale \
            con Ctrl-X (o F12) y el PIN de «pin_personal» en DATOS/kiosk.conf.
            """
    )

    @OptionGroup var backend: BackendOptions

    @Flag(help: "Modo de líneas, para lectores de pantalla, líneas braille y consolas seriales.")
    var plain = false

    @Flag(help: "Modo quiosco: sin salida a la terminal; al terminar o salir, empieza de nuevo.")
    var kiosk = false

    @Flag(help: "Sin colores (también con la variable NO_COLOR).")
    var mono = false

    @Flag(help: "Solo caracteres ASCII, sin acentos ni líneas.")
    var ascii = false

    @Option(help: ArgumentHelp("Segundos sin teclear antes de borrar los datos de la persona.", valueName: "s"))
    var idle = 180

    @Option(help: ArgumentHelp("Carpeta donde «Guardar» deja los documentos (en un quiosco, la memoria USB). Por omisión ~/Descargas.",
                               valueName: "carpeta"))
    var downloads: String?

    /// Where the documents go when the person saves or prints them.
    var outlet: FolderAndPrinterOutlet {
        if let downloads {
            return FolderAndPrinterOutlet(folder: URL(fileURLWithPath: downloads, isDirectory: true))
        }
        return FolderAndPrinterOutlet(folder: FolderAndPrinterOutlet.defaultFolder(), createsFolder: true)
    }

    func validate() throws {
        guard idle >= 30 else { throw ValidationError("--idle debe ser de al menos 30 segundos.") }
    }

    func run() async throws {
        let configuration = try backend.configuration()
        try Logs.bootstrapFile(in: configuration.dataDirectory)
        let environment = ProcessInfo.processInfo.environment
        let staffPIN = kiosk && !plain && !PlainMode.isRequired(by: environment)
            ? try KioskConfiguration.load(from: configuration.dataDirectory).staffPINCheck : nil
        let store = try backend.open()
        do {
            if plain || PlainMode.isRequired(by: environment) {
                try await runPlain(store, captchaTestAnswer: configuration.captchaTestAnswer, environment: environment)
            } else {
                try runFullScreen(store, staffPIN: staffPIN, isTestMode: configuration.captchaTestAnswer != nil)
            }
        } catch {
            await store.deliverPendingMail()
            throw error
        }
        // The result email of the last person may still be on its way to the outbox.
        await store.deliverPendingMail()
    }

    private func runPlain(_ store: EmbeddedBackend, captchaTestAnswer: String?,
                          environment: [String: String]) async throws {
        var options = PlainOptions()
        options.kiosk = kiosk
        options.ascii = ascii || !PlainOptions.localeIsUTF8(environment)
        options.idleSeconds = idle
        options.testCaptchaAnswer = captchaTestAnswer
        let status = await PlainMode.run(backend: store, input: StandardInput(), output: StandardOutput(),
                                         options: options, outlet: outlet)
        if status != 0 { throw ExitCode(status) }
    }

    /// The ncurses wizard until Salir (or the staff exit of a kiosk), or until a signal ends it; the
    /// terminal is given back on every way out.
    private func runFullScreen(_ store: EmbeddedBackend, staffPIN: StaffPINCheck?, isTestMode: Bool) throws {
        let session: TerminalSession
        do {
            session = try TerminalSession(options: SessionOptions(kiosk: kiosk, forceMonochrome: mono,
                                                                  forceASCII: ascii))
        } catch {
            throw CommandFailure(message: error.message)
        }
        defer { session.stop() }
        let inbox = Inbox<Event>()
        let wizard = WizardConfiguration(idleSeconds: idle, waitingIdleSeconds: max(idle, 600),
                                         idleWarningSeconds: min(30, idle / 2))
        var app = KioskApp(backend: store, outlet: outlet, inbox: inbox,
                           options: KioskOptions(kiosk: kiosk, staffPIN: staffPIN, isTestMode: isTestMode,
                                                 configuration: wizard))
        let outcome = TerminalLoop(tickInterval: .milliseconds(100)).run(&app, on: session, inbox: inbox)
        session.stop()
        if case .signalled(let signal) = outcome { throw ExitCode(128 + signal) }
    }
}
