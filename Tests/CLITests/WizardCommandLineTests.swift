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
                                                                    "--production", "--kiosk"]) else {
            Issue.record("not a run")
            return
        }
        let arguments = options.serviceArguments(dataURL: options.dataURL(environment: [:]))
        #expect(Array(arguments.prefix(7)) == ["--data", "/srv/nss", "--subdelegation", "18", "--captcha-test-answer", "x y",
                                               "--production"])
        // The audit log's name of this terminal, and a kiosk's word that its applications are never resumed.
        #expect(arguments.dropFirst(7).first == "--terminal")
        #expect(arguments.last == ServeFlag.kiosk)
        var staff = options
        staff.kiosk = false
        #expect(!staff.serviceArguments(dataURL: staff.dataURL(environment: [:])).contains(ServeFlag.kiosk))
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
