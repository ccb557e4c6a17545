import Foundation
import Testing
import TestSupport

/// `nss-kiosk --answers FILE`: the README's example file played through the real full-screen wizard in a
/// terminal and through the line mode on a pipe; a file with a wrong answer stops with the screen's
/// message and exit status 1.
@Suite(.needsTmux, .runsPrograms)
struct AnswersRunTests {
    static let example = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("examples/respuestas.yaml")

    /// The example with one line changed, in a file of its own (the caller removes it).
    static func variant(replacing line: String, with replacement: String) throws -> URL {
        let text = try String(contentsOf: example, encoding: .utf8)
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("respuestas-\(UUID().uuidString).yaml")
        try text.split(separator: "\n", omittingEmptySubsequences: false)
            .map { $0.hasPrefix(line) ? replacement : String($0) }.joined(separator: "\n")
            .write(to: file, atomically: true, encoding: .utf8)
        return file
    }

    @Test func theExampleFileGoesThroughTheNineScreens() async throws {
        let terminal = try await KioskTerminal.open(["--answers", Self.example.path])
        defer { terminal.close() }
        let exit = try await terminal.tmux.waitForExit(timeout: .seconds(120))
        #expect(exit.status == 0)
        // Everything a person doing it would have done: the steps, the two emails, the documents saved.
        let steps = try await terminal.kiosk.auditSteps().filter { !$0.hasPrefix("correo-entregado") }
        #expect(steps == ["solicitud hecho", "confirmacion hecho", "paso-1 hecho", "paso-2 hecho"])
        #expect(terminal.kiosk.deliveredMails() == 2)
        #expect(try await terminal.kiosk.mailSubjects() == Self.spanishSubjects)
        let saved = try FileManager.default.contentsOfDirectory(atPath: terminal.directory.appendingPathComponent("Descargas").path)
        #expect(saved.count == 2 && saved.allSatisfy { $0.hasSuffix(".pdf") })
        #expect(try await !terminal.tmux.screen().contains("GOMJ910908HTSNRN04"), "nothing of the person is left on view")
    }

    @Test func aWrongAnswerStopsWithTheScreensMessage() async throws {
        let file = try Self.variant(replacing: "curp:", with: "curp: GOMJ910908HTSNRN05")
        defer { try? FileManager.default.removeItem(at: file) }
        let terminal = try await KioskTerminal.open(["--answers", file.path])
        defer { terminal.close() }
        // The screen shows what is wrong a moment (too short a moment to be caught on a loaded machine),
        // and once it is gone the same words stay in the terminal, with the screen's name.
        let exit = try await terminal.tmux.waitForExit()
        #expect(exit.status == 1)
        let left = try await terminal.tmux.screen(joiningWrappedLines: true)
        #expect(left.contains("nss-kiosk: las respuestas se detuvieron en el paso 1 de 9 («Ingresa tu CURP»): "
                              + "El dígito verificador (posición 18) no corresponde: se esperaba 4, no «5»."))
        #expect(try await terminal.kiosk.auditSteps().isEmpty, "nothing was sent")
    }

    @Test func aMalformedFileIsSaidWithItsPlaceAndNothingRuns() async throws {
        let file = try Self.variant(replacing: "correo:", with: "correo: [a@b.mx")
        defer { try? FileManager.default.removeItem(at: file) }
        let terminal = try await KioskTerminal.open(["--answers", file.path])
        defer { terminal.close() }
        let exit = try await terminal.tmux.waitForExit()
        #expect(exit.status == 2)
        #expect(exit.isOn("icanon") && exit.isOn("echo"))
        #expect(try await !terminal.tmux.paneFlag("alternate_on"), "no screen was opened")
        let left = try await terminal.tmux.screen(joiningWrappedLines: true)
        #expect(left.contains("nss-kiosk: \(file.path):"))
        #expect(left.contains("falta «,» o «]» en esta lista") || left.contains("el archivo termina antes de tiempo"), "\(left)")
        #expect(!FileManager.default.fileExists(atPath: terminal.kiosk.data.path), "no data folder: nothing ran")
    }

    /// The line mode on a pipe, as a script or a screen reader's user would run it.
    @Test func theExampleFileInTheLineMode() async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("nss-answers-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let kiosk = Kiosk(data: folder.appendingPathComponent("data"))
        let run = try await Run.nssKiosk(["--plain", "--answers", Self.example.path, "--data", kiosk.data.path,
                                          "--captcha-test-answer", Kiosk.captchaAnswer],
                                         environment: ["HOME": folder.path, "LANG": "C.UTF-8"], deadline: .seconds(120))
        #expect(run.status == 0, "\(run.stderr)")
        for step in 1...9 { #expect(run.stdout.contains("Paso \(step) de 9: ")) }
        #expect(run.stdout.contains("CURP (obligatorio): GOMJ910908HTSNRN04\nCURP válida."))
        #expect(run.stdout.range(of: #"Código del correo: [0-9A-Z]{4}-[0-9A-Z]{4}\nCorreo confirmado\."#,
                                 options: .regularExpression) != nil, "the code read from the outbox")
        #expect(run.stdout.contains("Guardamos tus documentos"))
        #expect(run.stdout.hasSuffix("Terminaste el trámite. Gracias.\nSe borraron tus datos de este equipo.\n"))
        #expect(kiosk.deliveredMails() == 2)
        #expect(try await kiosk.mailSubjects() == Self.spanishSubjects)
    }

    static let spanishSubjects = ["Servicio Digital: Solicitud de Asignación o Localización de NSS",
                                  "Servicio Digital: Tu Número de Seguridad Social (NSS)"]
    static let englishSubjects = ["Digital Service: NSS Assignment or Lookup Application",
                                  "Digital Service: Your Social Security Number (NSS)"]

    /// A configuration file of an English office, in `folder`.
    static func englishConfiguration(in folder: URL) throws -> URL {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let file = folder.appendingPathComponent("config-en.toml")
        try "idioma = \"en\"\n".write(to: file, atomically: true, encoding: .utf8)
        return file
    }

    /// An office in English: the whole procedure from the example file, in the full screen and in the line
    /// mode, and both emails of the outbox in English (the code read from the English one).
    @Test func theExampleFileInEnglishSendsEnglishEmails() async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("nss-answers-en-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let configuration = try Self.englishConfiguration(in: folder)

        let terminal = try await KioskTerminal.open(["--config", configuration.path, "--answers", Self.example.path])
        defer { terminal.close() }
        #expect(try await terminal.tmux.waitForExit(timeout: .seconds(120)).status == 0)
        #expect(terminal.kiosk.deliveredMails() == 2)
        #expect(try await terminal.kiosk.mailSubjects() == Self.englishSubjects)
        let shown = try await terminal.kiosk.command(["outbox", "--last", "2"])
        #expect(shown.contains("Dear applicant,") && shown.contains("Your Social Security Number (NSS) is: "))
        #expect(!shown.contains("Estimado"), "\(shown)")

        let kiosk = Kiosk(data: folder.appendingPathComponent("data"))
        let run = try await Run.nssKiosk(["--plain", "--config", configuration.path, "--answers", Self.example.path,
                                          "--data", kiosk.data.path, "--captcha-test-answer", Kiosk.captchaAnswer],
                                         environment: ["HOME": folder.path, "LANG": "C.UTF-8"], deadline: .seconds(120))
        #expect(run.status == 0, "\(run.stderr)")
        for step in 1...9 { #expect(run.stdout.contains("Step \(step) of 9: ")) }
        #expect(run.stdout.range(of: #"Code from the email: [0-9A-Z]{4}-[0-9A-Z]{4}\nEmail confirmed\."#,
                                 options: .regularExpression) != nil, "the code read from the English email: \(run.stdout)")
        #expect(kiosk.deliveredMails() == 2)
        #expect(try await kiosk.mailSubjects() == Self.englishSubjects)
    }

    /// The run stops in the language of the run: the screen's message, and the program's last words.
    @Test func aWrongAnswerStopsInTheLanguageOfTheRun() async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("nss-answers-en-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let configuration = try Self.englishConfiguration(in: folder)
        let file = try Self.variant(replacing: "curp:", with: "curp: GOMJ910908HTSNRN05")
        defer { try? FileManager.default.removeItem(at: file) }
        let message = "The check digit (position 18) does not match: 4 was expected, not «5». Check the other characters."
        let run = try await Run.nssKiosk(["--plain", "--config", configuration.path, "--answers", file.path,
                                          "--data", folder.appendingPathComponent("data").path,
                                          "--captcha-test-answer", Kiosk.captchaAnswer],
                                         environment: ["HOME": folder.path, "LANG": "C.UTF-8"], deadline: .seconds(120))
        #expect(run.status == 1)
        #expect(run.stderr == "nss-kiosk: the answers stopped at step 1 of 9 («Enter your CURP»): \(message)\n")

        let terminal = try await KioskTerminal.open(["--config", configuration.path, "--answers", file.path])
        defer { terminal.close() }
        #expect(try await terminal.tmux.waitForExit().status == 1)
        let left = try await terminal.tmux.screen(joiningWrappedLines: true)
        #expect(left.contains("nss-kiosk: the answers stopped at step 1 of 9 («Enter your CURP»): \(message)"), "\(left)")
    }

    @Test func aWrongCodeInTheLineModeStopsWithExitStatusOne() async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("nss-answers-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let text = try String(contentsOf: Self.example, encoding: .utf8)
            .replacingOccurrences(of: "codigo: desde-buzon", with: "codigo: AAAA-AAAA")
        let file = folder.appendingPathComponent("respuestas.yaml")
        try text.write(to: file, atomically: true, encoding: .utf8)
        let run = try await Run.nssKiosk(["--plain", "--answers", file.path, "--data", folder.appendingPathComponent("data").path,
                                          "--captcha-test-answer", Kiosk.captchaAnswer],
                                         environment: ["HOME": folder.path, "LANG": "C.UTF-8"], deadline: .seconds(120))
        #expect(run.status == 1)
        let message = "El código no coincide con el del correo. Te quedan 4 intentos."
        #expect(run.stdout.contains("Las respuestas del archivo se detuvieron en el paso 5 de 9: \(message)"))
        #expect(run.stderr == "nss-kiosk: las respuestas se detuvieron en el paso 5 de 9 («Revisa tu correo»): \(message)\n")
    }
}
