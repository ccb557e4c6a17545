import BackendOptions
import CommandLineSupport
import KioskSettings
import Testing
import TestSupport
@testable import NSSKioskCLI

/// The wizard's own command line (`nss-kiosk [run] [opciones]`).
@Suite(.runsPrograms) struct WizardCommandLineTests {
    @Test func noArgumentsRunTheWizardWithTheDefaults() throws {
        #expect(try WizardCommandLine.parse([]) == .run(WizardOptions()))
        #expect(try WizardCommandLine.parse(["run"]) == .run(WizardOptions()))
    }

    @Test func everyOptionIsRead() throws {
        var expected = WizardOptions()
        expected.config = "/etc/otra.toml"
        expected.captchaTestAnswer = "AbDeF"
        expected.settings = [.dataDirectory: .text("/srv/nss"), .publicURL: .text("https://oficina.example.mx"),
                             .subdelegation: .integer(7), .production: .flag(true), .idleSeconds: .integer(240),
                             .waitingIdleSeconds: .integer(900), .idleWarningSeconds: .integer(20),
                             .downloads: .text("/media/usb"), .printer: .text("Recepcion"), .language: .text("es")]
        expected.plain = true
        expected.kiosk = true
        expected.mono = true
        expected.ascii = true
        let parsed = try WizardCommandLine.parse([
            "run", "--config", "/etc/otra.toml", "--data", "/srv/nss", "--captcha-test-answer=AbDeF",
            "--public-url", "https://oficina.example.mx", "--subdelegation", "7", "--production", "--plain", "--kiosk",
            "--mono", "--ascii", "--idle=240", "--idle-waiting", "900", "--idle-warning", "20",
            "--downloads", "/media/usb", "--printer", "Recepcion", "--language", "es",
        ])
        #expect(parsed == .run(expected))
    }

    @Test func theServiceGetsTheFileAndTheBackendOptionsAgain() throws {
        guard case .run(let options) = try WizardCommandLine.parse(["--data", "/srv/nss", "--captcha-test-answer", "x y",
                                                                    "--production", "--kiosk", "--idle", "60",
                                                                    "--config", "/etc/k.toml", "--terminal", "kiosko-2"]) else {
            Issue.record("not a run")
            return
        }
        #expect(options.serviceArguments() == ["--config", "/etc/k.toml", "--data", "/srv/nss", "--production",
                                               "--captcha-test-answer", "x y", "--terminal", "kiosko-2", ServeFlag.kiosk])
        // A kiosk's word that its applications are never resumed; a staff session's service records them.
        var staff = options
        staff.kiosk = false
        #expect(!staff.serviceArguments().contains(ServeFlag.kiosk))
        // Unnamed, the terminal is where the wizard runs: host and tty, printable ASCII only.
        guard case .run(let unnamed) = try WizardCommandLine.parse([]) else { return }
        #expect(unnamed.serviceArguments().suffix(2).first == "--terminal")
        #expect(TerminalName.wizard(host: "kiosko 2\u{1B}[31m", tty: "/dev/pts/3") == "kiosko2[31m/pts/3")
    }

    /// What the service resolved from the file and the environment, with the command line over it.
    @Test func theCommandLineIsLaidOverWhatTheServiceResolved() throws {
        guard case .run(let options) = try WizardCommandLine.parse(["--idle", "60", "--printer", "Caja"]) else {
            Issue.record("not a run")
            return
        }
        var fromService = KioskSettings()
        fromService = fromService.applying([.idleSeconds: .integer(300), .subdelegation: .integer(4)],
                                           from: .file(path: "/etc/nss-kiosk/config.toml", line: 3))
        let resolved = options.resolved(fromService)
        #expect(resolved.idleSeconds == 60 && resolved.printer == "Caja" && resolved.subdelegation == 4)
        #expect(resolved.sources[Setting.idleSeconds.rawValue] == .commandLine(option: "--idle"))
    }

    @Test func resumeAndAnswersAreRead() throws {
        var expected = WizardOptions()
        expected.resume = true
        #expect(try WizardCommandLine.parse(["--resume"]) == .run(expected))
        expected = WizardOptions()
        expected.answers = "examples/respuestas.yaml"
        expected.plain = true
        #expect(try WizardCommandLine.parse(["--plain", "--answers", "examples/respuestas.yaml"]) == .run(expected))
    }

    /// A kiosk's person walked away: nobody goes on with their procedure there, and no file types into it.
    @Test(arguments: [
        (["--kiosk", "--resume"], "En un quiosco no se continúan trámites interrumpidos (--resume)"),
        (["--answers", "r.yaml", "--kiosk"], "--answers no se usa en un quiosco"),
        (["--resume", "--answers", "r.yaml"], "--answers y --resume no van juntos"),
    ])
    func optionsThatDoNotGoTogetherAreRefused(arguments: [String], message: String) {
        #expect {
            try WizardCommandLine.parse(arguments)
        } throws: { error in
            (error as? WizardCommandLine.UsageError)?.message.hasPrefix(message) == true
        }
    }

    /// Every backend option the wizard takes is the one `BackendOption` defines, and what it passes to
    /// the service is read back by the staff tools' parser as the same values.
    @Test func theBackendOptionsAreOneDefinitionBothParsersRead() throws {
        for option in BackendOption.allCases {
            let entry = WizardCommandLine.options.first { $0.name == option.rawValue }
            #expect(entry?.help.hasPrefix(option.help) == true)
            #expect(entry?.value == option.valueName)
        }
        for setting in Setting.allCases {
            guard let flag = setting.flag, setting.isWizardOption else { continue }
            #expect(WizardCommandLine.options.contains { $0.name == flag && $0.help == setting.help })
        }
        guard case .run(let options) = try WizardCommandLine.parse([
            "--data", "/srv/nss", "--captcha-test-answer", "x y", "--public-url", "https://oficina.example.mx",
            "--subdelegation", "7", "--production", "--config", "/etc/k.toml",
        ]) else {
            Issue.record("not a run")
            return
        }
        let read = try BackendArguments.parse(options.serviceArguments())
        #expect(read.config == "/etc/k.toml")
        #expect(read.dataDirectory == "/srv/nss")
        #expect(read.captchaTestAnswer == "x y")
        #expect(read.publicURL == "https://oficina.example.mx")
        #expect(read.subdelegation == 7)
        #expect(read.production)
    }

    /// The office server and the terminal's credential go to the service together, which reads them back;
    /// one without the other is a usage error; the email then carries a link (the server's page).
    @Test func theOfficeServerAndItsCredentialGoToTheServiceTogether() throws {
        guard case .run(let options) = try WizardCommandLine.parse([
            "--server", "https://nss.oficina.example", "--token-file", "/etc/nss-kiosk/credencial",
        ]) else {
            Issue.record("not a run")
            return
        }
        #expect(options.confirmationCarriesLink(options.resolved(KioskSettings())))
        let read = try BackendArguments.parse(options.serviceArguments())
        #expect(read.server == "https://nss.oficina.example")
        #expect(read.tokenFile == "/etc/nss-kiosk/credencial")
        for half in [["--server", "https://nss.oficina.example"], ["--token-file", "/etc/nss-kiosk/credencial"]] {
            #expect(throws: WizardCommandLine.UsageError(message: RemoteService.bothNeeded)) { try WizardCommandLine.parse(half) }
            #expect(throws: (any Error).self) { try BackendArguments.parse(half) }
        }
        // The staff tools work on this machine's data directory and say so.
        #expect(throws: CommandFailure.self) { try read.open() }
    }

    @Test(arguments: ["0", "100", "-3"])
    func bothParsersRefuseASubdelegationOutOfRangeAlike(value: String) throws {
        let message = "--subdelegation: debe ser un número de 1 a 99; dice \(value)."
        let error = #expect(throws: (any Error).self) { try BackendArguments.parse(["--subdelegation=\(value)"]) }
        #expect(BackendArguments.message(for: try #require(error)) == message)
        #expect(throws: WizardCommandLine.UsageError(message: message)) { try WizardCommandLine.parse(["--subdelegation=\(value)"]) }
        #expect(try BackendArguments.parse(["--subdelegation=99"]).subdelegation == 99)
    }

    @Test(arguments: [
        (["--frob"], "Opción desconocida «--frob»."),
        (["otra"], "Argumento inesperado «otra»."),
        (["--data"], "Falta el valor de --data <carpeta>."),
        (["--idle", "29"], "--idle: debe ser de al menos 30 segundos; dice 29."),
        (["--idle", "tres"], "--idle: «tres» no es un número entero."),
        (["--subdelegation", "100"], "--subdelegation: debe ser un número de 1 a 99; dice 100."),
        (["--printer", "Sala 2"], "--printer: «Sala 2» no es un nombre de impresora de CUPS (sin espacios, «/» ni «#»)."),
        (["--language", "English"], "--language: «English» no es un código de idioma: dos o tres letras minúsculas, como «es», «en» o «wix»."),
        (["--mono=sí"], "--mono no lleva valor."),
        (["--server", "https://nss.oficina.example", "--token-file", "/etc/nss-kiosk/credencial", "--answers", "r.yaml"],
         "--answers no se usa con --server: el código de confirmación se lee del buzón de salida de este equipo, y el del "
         + "servidor de la oficina está en él."),
    ])
    func mistakesAreSaidInSpanish(arguments: [String], message: String) {
        #expect(throws: WizardCommandLine.UsageError(message: message)) { try WizardCommandLine.parse(arguments) }
    }

    @Test func helpListsEveryOptionWithinEightyColumns() throws {
        #expect(try WizardCommandLine.parse(["--help"]) == .help)
        #expect(try WizardCommandLine.parse(["--kiosk", "-h"]) == .help)
        #expect(try WizardCommandLine.parse(["help"]) == .help)
        let help = WizardCommandLine.help
        for option in WizardCommandLine.options { #expect(help.contains(option.name)) }
        #expect(help.split(separator: "\n").allSatisfy { $0.count <= 80 })
    }
}
