import ArgumentParser
import BackendService
import Dispatch
import CommandLineSupport
import DocumentDelivery
import FoundationEssentials
import NSSCore
import PlainMode
import Screens
import Terminal
import Wizard

/// `nss-kiosk` (or `nss-kiosk run`): the wizard on the embedded backend, full screen — or in plain
/// lines with `--plain` or on a terminal that cannot do more (TERM unset or dumb).
///
/// The backend runs in a second process, `nss-kiosk-backend serve`, started right after the first
/// screen is painted (see `ServiceClient`): this program never opens the database itself.
struct RunCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Abre el asistente del trámite (lo que hace nss-kiosk sin subcomando).",
        discussion: """
            Teclas: Tab y Shift-Tab cambian de campo, Enter continúa, Esc regresa, F1 muestra la ayuda \
            y F10 sale. En modo quiosco, F10 solo borra los datos y empieza de nuevo; el personal sale \
            con Ctrl-X (o F12) y el PIN de «pin_personal» en DATOS/kiosk.conf.
            """
    )

    @OptionGroup var backend: BackendArguments

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

    func run() throws {
        let dataDirectory = backend.dataURL
        let environment = ProcessInfo.processInfo.environment
        let staffPIN = kiosk && !plain && !PlainMode.isRequired(by: environment)
            ? try KioskConfiguration.load(from: dataDirectory).staffPINCheck : nil
        let service = ServiceClient(launch: .besideThisProgram(arguments: backend.arguments))
        do {
            if plain || PlainMode.isRequired(by: environment) {
                try Logs.bootstrapFile(in: dataDirectory)
                try startService(service)
                try runPlain(service, captchaTestAnswer: backend.captchaTestAnswer, environment: environment)
            } else {
                try runFullScreen(service, staffPIN: staffPIN, isTestMode: backend.captchaTestAnswer != nil)
            }
        } catch {
            service.stop()
            throw error
        }
        // The service writes the last person's result email, if still on its way, before it exits.
        service.stop()
    }

    private func startService(_ service: ServiceClient) throws {
        do {
            try service.start()
        } catch {
            throw CommandFailure(message: error.message, status: ExitCode(1))
        }
    }

    private func runPlain(_ store: ServiceClient, captchaTestAnswer: String?,
                          environment: [String: String]) throws {
        var options = PlainOptions()
        options.kiosk = kiosk
        options.ascii = ascii || !PlainOptions.localeIsUTF8(environment)
        options.idleSeconds = idle
        options.testCaptchaAnswer = captchaTestAnswer
        let (outlet, plainOptions) = (outlet, options)
        let status = waitFor {
            await PlainMode.run(backend: store, input: StandardInput(), output: StandardOutput(),
                                options: plainOptions, outlet: outlet)
        }
        if status != 0 { throw ExitCode(status) }
    }

    /// The ncurses wizard until Salir (or the staff exit of a kiosk), or until a signal ends it; the
    /// terminal is given back on every way out.
    private func runFullScreen(_ service: ServiceClient, staffPIN: StaffPINCheck?, isTestMode: Bool) throws {
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
        var app = KioskApp(backend: service, outlet: outlet, inbox: inbox,
                           options: KioskOptions(kiosk: kiosk, staffPIN: staffPIN, isTestMode: isTestMode,
                                                 configuration: wizard))
        let loop = TerminalLoop(tickInterval: .milliseconds(100))
        loop.paint(app, on: session)
        // The first screen needs nothing from the backend or the log, so they start only now; a service
        // that cannot start ends the program before anyone types (keys typed meanwhile wait).
        do {
            try Logs.bootstrapFile(in: backend.dataURL)
            try startService(service)
        } catch {
            session.stop()
            throw error
        }
        let outcome = loop.run(&app, on: session, inbox: inbox)
        session.stop()
        if case .signalled(let signal) = outcome { throw ExitCode(128 + signal) }
    }
}

/// Runs `body` on Swift's thread pool and blocks this (the main) thread until it returns.
private func waitFor<Value: Sendable>(_ body: @escaping @Sendable () async -> Value) -> Value {
    let done = DispatchSemaphore(value: 0)
    let result = ResultBox<Value>()
    Task {
        result.value = await body()
        done.signal()
    }
    done.wait()
    return result.value!
}

/// Carries a value from the task to the waiting thread; the semaphore orders the accesses.
private final class ResultBox<Value>: @unchecked Sendable {
    var value: Value?
}
