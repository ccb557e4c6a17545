import BackendService
import Dispatch
import DocumentDelivery
import FoundationEssentials
import LogSetup
import NSSCore
import PlainMode
import ProcessKit
import Screens
import Terminal
import Wizard

/// `nss-kiosk` (or `nss-kiosk run`): the wizard on the embedded backend, full screen — or in plain
/// lines with `--plain` or on a terminal that cannot do more (TERM unset or dumb).
///
/// The backend runs in a second process, `nss-kiosk-backend serve`, started right after the first
/// screen is painted (see `ServiceClient`): this program never opens the database itself.
struct WizardProgram {
    let options: WizardOptions

    /// Where the documents go when the person saves or prints them. At a kiosk only to the removable
    /// medium given with `--downloads`: without it «Guardar» writes nothing on the kiosk's own disk,
    /// where the next person could find it, and asks the person to see the staff.
    func outlet(environment: [String: String]) -> FolderAndPrinterOutlet {
        if let downloads = options.downloads {
            let folder = URL(fileURLWithPath: downloads, isDirectory: true)
            // A folder on the kiosk's own disk is no removable medium: what a person saves there is
            // deleted at the wipe, before the next person sits down.
            let local = options.kiosk
                && FolderAndPrinterOutlet.isOnSameDevice(folder, as: options.dataURL(environment: environment))
            return FolderAndPrinterOutlet(folder: folder, wipesWrittenFiles: local,
                                          journal: options.dataURL(environment: environment)
                                              .appendingPathComponent(FolderAndPrinterOutlet.journalName))
        }
        if options.kiosk { return FolderAndPrinterOutlet.withoutFolder() }
        return FolderAndPrinterOutlet(folder: FolderAndPrinterOutlet.defaultFolder(environment: environment),
                                      createsFolder: true)
    }

    func run() throws(WizardFailure) {
        let environment = Environment.current
        let dataDirectory = options.dataURL(environment: environment)
        // Both front ends: the line mode's kiosk is left only with the staff PIN too.
        let staffPIN = options.kiosk
            ? try KioskConfiguration.load(from: dataDirectory)
                .staffPINCheck(lockoutStore: StaffLockoutFile.store(in: dataDirectory)) : nil
        let service = ServiceClient(launch: .besideThisProgram(arguments: options.serviceArguments(dataURL: dataDirectory)))
        do throws(WizardFailure) {
            if options.plain || PlainMode.isRequired(by: environment) {
                try startLogAndService(service, dataDirectory: dataDirectory)
                try runPlain(service, staffPIN: staffPIN, environment: environment)
            } else {
                try runFullScreen(service, staffPIN: staffPIN, environment: environment, dataDirectory: dataDirectory)
            }
        } catch {
            service.stop()
            throw error
        }
        // The service writes the last person's result email, if still on its way, before it exits.
        service.stop()
    }

    /// Opens the log file in the data directory and starts the service.
    private func startLogAndService(_ service: ServiceClient, dataDirectory: URL) throws(WizardFailure) {
        do {
            try Logs.bootstrapFile(in: dataDirectory)
        } catch {
            throw WizardFailure(message: (error as? LogFileError)?.message ?? "\(error)")
        }
        do {
            try service.start()
        } catch {
            throw WizardFailure(message: error.message, status: 1)
        }
    }

    private func runPlain(_ service: ServiceClient, staffPIN: StaffPINCheck?,
                          environment: [String: String]) throws(WizardFailure) {
        var plain = PlainOptions()
        plain.kiosk = options.kiosk
        plain.clearsScreenOnWipe = options.kiosk
        if options.kiosk { KioskLineTerminal.lockDown() }
        defer { KioskLineTerminal.restore() }
        plain.ascii = options.ascii || !PlainOptions.localeIsUTF8(environment)
        plain.idleSeconds = options.idleSeconds
        plain.waitingIdleSeconds = max(options.idleSeconds, plain.waitingIdleSeconds)
        plain.confirmationCarriesLink = options.confirmationCarriesLink
        plain.testCaptchaAnswer = options.captchaTestAnswer
        let (outlet, plainOptions) = (self.outlet(environment: environment), plain)
        let status = waitFor {
            await PlainMode.run(backend: RemoteBackend(service), input: StandardInput(), output: StandardOutput(),
                                options: plainOptions, outlet: outlet, staffPIN: staffPIN,
                                onWipe: { outlet.wipeSessionFiles() })
        }
        if status != 0 { throw WizardFailure(message: "", status: status) }
    }

    /// The ncurses wizard until Salir (or the staff exit of a kiosk), or until a signal ends it; the
    /// terminal is given back on every way out.
    private func runFullScreen(_ service: ServiceClient, staffPIN: StaffPINCheck?, environment: [String: String],
                               dataDirectory: URL) throws(WizardFailure) {
        let session: TerminalSession
        do {
            session = try TerminalSession(options: SessionOptions(kiosk: options.kiosk, forceMonochrome: options.mono,
                                                                  forceASCII: options.ascii, environment: environment))
        } catch {
            throw WizardFailure(message: error.message)
        }
        defer { session.stop() }
        let inbox = Inbox<Event>()
        let idle = options.idleSeconds
        let wizard = WizardConfiguration(idleSeconds: idle, waitingIdleSeconds: max(idle, 600),
                                         confirmationCarriesLink: options.confirmationCarriesLink)
        let outlet = outlet(environment: environment)
        var kioskOptions = KioskOptions(kiosk: options.kiosk, staffPIN: staffPIN,
                                        isTestMode: options.captchaTestAnswer != nil, configuration: wizard)
        kioskOptions.onWipe = { outlet.wipeSessionFiles() }
        var app = KioskApp(backend: RemoteBackend(service), outlet: outlet, inbox: inbox, options: kioskOptions)
        let loop = TerminalLoop(tickInterval: .milliseconds(100))
        loop.paint(app, on: session)
        // The first screen needs nothing from the backend or the log, so they start only now; a service
        // that cannot start ends the program before anyone types (keys typed meanwhile wait).
        do {
            try startLogAndService(service, dataDirectory: dataDirectory)
        } catch {
            session.stop()
            throw error
        }
        let outcome = loop.run(&app, on: session, inbox: inbox)
        session.stop()
        if case .signalled(let signal) = outcome { throw WizardFailure(message: "", status: 128 + signal) }
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
