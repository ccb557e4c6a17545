import BackendService
import Dispatch
import DocumentDelivery
import FoundationEssentials
import KioskSettings
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
    /// medium of the settings (`downloads`): without it «Guardar» writes nothing on the kiosk's own disk,
    /// where the next person could find it, and asks the person to see the staff.
    func outlet(_ settings: KioskSettings, environment: [String: String]) -> FolderAndPrinterOutlet {
        if let downloads = settings.downloads {
            let folder = URL(fileURLWithPath: downloads, isDirectory: true)
            // A folder on the kiosk's own disk is no removable medium: what a person saves there is
            // deleted at the wipe, before the next person sits down.
            let local = options.kiosk
                && FolderAndPrinterOutlet.isOnSameDevice(folder, as: dataURL(settings, environment: environment))
            return FolderAndPrinterOutlet(folder: folder, wipesWrittenFiles: local,
                                          journal: dataURL(settings, environment: environment)
                                              .appendingPathComponent(FolderAndPrinterOutlet.journalName),
                                          printer: settings.printer)
        }
        if options.kiosk { return FolderAndPrinterOutlet.withoutFolder(printer: settings.printer) }
        return FolderAndPrinterOutlet(folder: FolderAndPrinterOutlet.defaultFolder(environment: environment),
                                      createsFolder: true, printer: settings.printer)
    }

    func dataURL(_ settings: KioskSettings, environment: [String: String]) -> URL {
        DataLocation.directory(given: settings.dataDirectory, environment: environment)
    }

    func run() throws(WizardFailure) {
        let environment = Environment.current
        // A file of answers is read (and any mistake in it said) before anything runs.
        let answers: ScriptedAnswers? = if let path = options.answers {
            try waitFor { await AnswersProgram.load(path) }.get()
        } else { nil }
        var script: ScriptedRun?
        let service = ServiceClient(launch: .besideThisProgram(arguments: options.serviceArguments()))
        do throws(WizardFailure) {
            if options.plain || PlainMode.isRequired(by: environment) {
                let settings = try startServiceAndLog(service, environment: environment)
                script = self.script(answers, settings, environment: environment)
                try runPlain(service, settings: settings, environment: environment, script: script)
            } else {
                try runFullScreen(service, environment: environment, answers: answers, script: &script)
            }
        } catch {
            service.stop()
            throw error
        }
        // The service writes the last person's result email, if still on its way, before it exits.
        service.stop()
        if let stop = script?.stop {
            // What the screen said, once more where it stays: the full screen is gone by now.
            throw WizardFailure(message: stop.summary, status: 1)
        }
    }

    /// The run of a file of answers, its code read from the outbox of the settings' data directory.
    private func script(_ answers: ScriptedAnswers?, _ settings: KioskSettings, environment: [String: String]) -> ScriptedRun? {
        answers.map { ScriptedRun(answers: $0, codeSource: AnswersProgram.codeSource(dataDirectory: dataURL(settings, environment: environment))) }
    }

    /// Starts the service, which reads the configuration file and the environment; lays the command line
    /// over what it says; checks that a kiosk has its staff PIN; opens the log file in the data directory.
    private func startServiceAndLog(_ service: ServiceClient, environment: [String: String]) throws(WizardFailure) -> KioskSettings {
        let settings: KioskSettings
        do {
            settings = options.resolved(try service.start())
        } catch {
            throw WizardFailure(message: error.message, status: error.isBadSetting ? 2 : 1)
        }
        if options.answers != nil, settings.server != nil {
            // The configuration named the office server: the file's code would be read from this outbox.
            throw WizardFailure(message: WizardCommandLine.answersWithServer, status: 2)
        }
        if options.kiosk && settings.staffPINDigest == nil {
            throw WizardFailure(message: "El modo quiosco necesita el PIN del personal: escribe en "
                + "\(KioskSettings.standardFile) la sección [personal] con pin_sha256 = \"…\" (printf TUPIN | sha256sum), "
                + "o usa la variable \(Setting.staffPINDigest.environmentVariable).")
        }
        do {
            try Logs.bootstrapFile(in: dataURL(settings, environment: environment))
        } catch {
            throw WizardFailure(message: (error as? LogFileError)?.message ?? "\(error)")
        }
        return settings
    }

    /// The staff exit's PIN check (kiosks only), with its lockout kept in the data directory.
    private func staffPIN(_ settings: KioskSettings, environment: [String: String]) -> StaffPINCheck? {
        guard options.kiosk, let digest = settings.staffPINDigest else { return nil }
        return digest.staffPINCheck(lockoutStore: StaffLockoutFile.store(in: dataURL(settings, environment: environment)))
    }

    /// The idle limits of the settings (the warning at most half the shorter limit), and whether the
    /// confirmation email carries a link (the office gave its public address, or its server sends it).
    func wizardConfiguration(_ settings: KioskSettings, catalogues: [Catalogue]) -> WizardConfiguration {
        let idle = settings.idleSeconds
        return WizardConfiguration(idleSeconds: idle, waitingIdleSeconds: max(idle, settings.waitingIdleSeconds),
                                   idleWarningSeconds: min(settings.idleWarningSeconds, idle / 2),
                                   confirmationCarriesLink: options.confirmationCarriesLink(settings),
                                   languages: Languages(configured: settings.language, catalogues: catalogues))
    }

    private func runPlain(_ store: ServiceClient, settings: KioskSettings, environment: [String: String],
                          script: ScriptedRun?) throws(WizardFailure) {
        var plain = PlainOptions()
        plain.kiosk = options.kiosk
        plain.clearsScreenOnWipe = options.kiosk
        if options.kiosk { KioskLineTerminal.lockDown() }
        defer { KioskLineTerminal.restore() }
        plain.ascii = options.ascii || !PlainOptions.localeIsUTF8(environment)
        plain.idleSeconds = settings.idleSeconds
        plain.waitingIdleSeconds = max(settings.idleSeconds, settings.waitingIdleSeconds)
        // As the full-screen wizard: with --idle 30 the warning must not show from the first second.
        plain.idleWarningSeconds = min(plain.idleWarningSeconds, settings.idleWarningSeconds, settings.idleSeconds / 2)
        plain.confirmationCarriesLink = options.confirmationCarriesLink(settings)
        plain.testCaptchaAnswer = options.captchaTestAnswer
        plain.resume = options.resume
        plain.languages = Languages(configured: settings.language, catalogues: store.catalogues)
        let (outlet, plainOptions) = (self.outlet(settings, environment: environment), plain)
        let staffPIN = staffPIN(settings, environment: environment)
        let status = waitFor {
            await PlainMode.run(backend: RemoteBackend(store), input: StandardInput(), output: StandardOutput(),
                                options: plainOptions, outlet: outlet, staffPIN: staffPIN,
                                onWipe: { outlet.wipeSessionFiles() }, script: script)
        }
        if status != 0, script?.stop == nil { throw WizardFailure(message: "", status: status) }
    }

    /// The ncurses wizard until Salir (or the staff exit of a kiosk), or until a signal ends it; the
    /// terminal is given back on every way out. In a Spanish office the first screen is painted with the
    /// defaults before the service (and with it the configuration file) is even started; the app that then
    /// runs has the settings it resolved, and the keys typed meanwhile wait for it.
    private func runFullScreen(_ service: ServiceClient, environment: [String: String], answers: ScriptedAnswers?,
                               script: inout ScriptedRun?) throws(WizardFailure) {
        // A kiosk refuses to start without its staff PIN before it takes the terminal: it is started once,
        // by its service manager, and the time its start takes matters less than a clear refusal. Where
        // the language may not be Spanish the first screen waits for the service's greeting, which brings
        // the catalogue: a first frame in Spanish would flash before the office's language.
        let early = options.kiosk || FirstFrameLanguage.mayNotBeSpanish(options, environment: environment)
            ? try startServiceAndLog(service, environment: environment) : nil
        let session: TerminalSession
        do {
            session = try TerminalSession(options: SessionOptions(kiosk: options.kiosk, forceMonochrome: options.mono,
                                                                  forceASCII: options.ascii, environment: environment))
        } catch {
            throw WizardFailure(message: error.message)
        }
        defer { session.stop() }
        let inbox = Inbox<Event>()
        let loop = TerminalLoop(tickInterval: .milliseconds(100))
        let isTestMode = options.captchaTestAnswer != nil
        var firstOptions = KioskOptions(kiosk: options.kiosk, isTestMode: isTestMode)
        if let early { firstOptions.configuration = wizardConfiguration(early, catalogues: service.catalogues) }
        loop.paint(KioskApp(backend: RemoteBackend(service), outlet: FolderAndPrinterOutlet.withoutFolder(), inbox: inbox,
                            options: firstOptions), on: session)
        // The first screen needs nothing from the backend or the log, so they start only now; a service
        // that cannot start ends the program before anyone types (keys typed meanwhile wait).
        let settings: KioskSettings
        do throws(WizardFailure) {
            if let early { settings = early } else { settings = try startServiceAndLog(service, environment: environment) }
        } catch {
            session.stop()
            throw error
        }
        let outlet = outlet(settings, environment: environment)
        var kioskOptions = KioskOptions(kiosk: options.kiosk, staffPIN: staffPIN(settings, environment: environment),
                                        isTestMode: isTestMode, configuration: wizardConfiguration(settings, catalogues: service.catalogues))
        kioskOptions.onWipe = { outlet.wipeSessionFiles() }
        script = self.script(answers, settings, environment: environment)
        kioskOptions.script = script
        var app = KioskApp(backend: RemoteBackend(service), outlet: outlet, inbox: inbox, options: kioskOptions)
        if options.resume { app.beginResume() }
        let outcome = loop.run(&app, on: session, inbox: inbox)
        session.stop()
        // The last turn's calls (the backend told that the person left) reach the service before it stops.
        inbox.waitForWork(upTo: .seconds(3))
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
