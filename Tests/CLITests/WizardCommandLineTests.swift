import BackendOptions
import CommandLineSupport
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
        expected.dataDirectory = "/srv/nss"
        expected.captchaTestAnswer = "AbDeF"
        expected.publicURL = "https://oficina.example.mx"
        expected.subdelegation = 7
        expected.production = true
        expected.plain = true
        expected.kiosk = true
        expected.mono = true
        expected.ascii = true
        expected.idleSeconds = 240
        expected.downloads = "/media/usb"
        let parsed = try WizardCommandLine.parse([
            "run", "--data", "/srv/nss", "--captcha-test-answer=AbDeF", "--public-url", "https://oficina.example.mx",
            "--subdelegation", "7", "--production", "--plain", "--kiosk", "--mono", "--ascii", "--idle=240",
            "--downloads", "/media/usb",
        ])
        #expect(parsed == .run(expected))
    }

    @Test func theServiceGetsTheBackendOptionsAgain() throws {
        guard case .run(let options) = try WizardCommandLine.parse(["--data", "/srv/nss", "--captcha-test-answer", "x y",
                                                                    "--production", "--kiosk", "--terminal", "kiosko-2"]) else {
            Issue.record("not a run")
            return
        }
        #expect(options.serviceArguments(dataURL: options.dataURL(environment: [:])) == ["--data", "/srv/nss", "--subdelegation", "18", "--captcha-test-answer", "x y",
                                             "--production", "--terminal", "kiosko-2"])
        // Unnamed, the terminal is where the wizard runs: host and tty, printable ASCII only.
        guard case .run(let unnamed) = try WizardCommandLine.parse([]) else { return }
        #expect(unnamed.serviceArguments(dataURL: unnamed.dataURL(environment: [:])).suffix(2).first == "--terminal")
        #expect(TerminalName.wizard(host: "kiosko 2\u{1B}[31m", tty: "/dev/pts/3") == "kiosko2[31m/pts/3")
    }

    /// Every backend option the wizard takes is the one `BackendOption` defines, and what it passes to
    /// the service is read back by the staff tools' parser as the same values.
    @Test func theBackendOptionsAreOneDefinitionBothParsersRead() throws {
        for option in BackendOption.allCases {
            let entry = WizardCommandLine.options.first { $0.name == option.rawValue }
            #expect(entry?.help.hasPrefix(option.help) == true)
            #expect(entry?.value == option.valueName)
        }
        guard case .run(let options) = try WizardCommandLine.parse([
            "--data", "/srv/nss", "--captcha-test-answer", "x y", "--public-url", "https://oficina.example.mx",
            "--subdelegation", "7", "--production",
        ]) else {
            Issue.record("not a run")
            return
        }
        let read = try BackendArguments.parse(options.serviceArguments(dataURL: options.dataURL(environment: [:])))
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
        #expect(options.confirmationCarriesLink)
        let read = try BackendArguments.parse(options.serviceArguments(dataURL: options.dataURL(environment: [:])))
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
    func theStaffToolsRefuseASubdelegationOutOfRange(value: String) throws {
        let error = #expect(throws: (any Error).self) { try BackendArguments.parse(["--subdelegation=\(value)"]) }
        #expect(BackendArguments.message(for: try #require(error)) == Subdelegation.invalidMessage(value))
        #expect(try BackendArguments.parse(["--subdelegation=99"]).subdelegation == 99)
    }

    @Test(arguments: [
        (["--frob"], "Opción desconocida «--frob»."),
        (["otra"], "Argumento inesperado «otra»."),
        (["--data"], "Falta el valor de --data <carpeta>."),
        (["--idle", "29"], "--idle debe ser de al menos 30 segundos."),
        (["--idle", "tres"], "El valor «tres» no es válido para --idle: escribe un número de segundos."),
        (["--subdelegation", "100"], "El valor «100» no es válido para --subdelegation: escribe un número de 1 a 99."),
        (["--mono=sí"], "--mono no lleva valor."),
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
