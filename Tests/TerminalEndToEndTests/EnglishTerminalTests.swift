import Foundation
import Testing
import TestSupport

/// The real programs in English: the catalogue the repository ships (found beside the build), chosen by
/// the configuration file, or by F2 on the first screen of a Spanish kiosk, whose next person gets Spanish
/// again; and the line mode through a pipe, switched by `:english`.
@Suite(.needsTmux, .runsPrograms)
struct EnglishTerminalTests {
    /// A configuration file that sets English, in `directory`.
    private func englishConfiguration(in directory: URL) throws -> URL {
        let file = directory.appendingPathComponent("config-en.toml")
        try "idioma = \"en\"\n".write(to: file, atomically: true, encoding: .utf8)
        return file
    }

    @Test func aWholeRunInEnglishAt80x24() async throws {
        let setup = FileManager.default.temporaryDirectory.appendingPathComponent("nss-en-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: setup, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: setup) }
        let terminal = try await KioskTerminal.open(["--config", try englishConfiguration(in: setup).path])
        defer { terminal.close() }
        let tmux = terminal.tmux
        let curp = try await terminal.kiosk.demoCURP(withNSS: false)

        let first = try await tmux.waitFor("Step 1 of 9")
        #expect(first.contains("Enter your CURP") && first.contains("F2 Español"))
        try await tmux.type(curp)
        try await tmux.press("Enter")
        let email = "person.test@gmail.com"
        #expect(try await tmux.waitFor("Step 2 of 9").contains("Email address"))
        try await tmux.type(email)
        try await tmux.press("Enter")
        #expect(try await tmux.waitFor("Step 3 of 9").contains("Confirm your email address"))
        try await tmux.type(email)
        try await tmux.press("Enter")
        _ = try await tmux.waitFor("Step 4 of 9")
        let captcha = try await tmux.waitUntilGone("Loading the picture")
        #expect(captcha.contains("TEST MODE"))
        try await tmux.type(Kiosk.captchaAnswer)
        try await tmux.press("Enter")
        let waiting = try await tmux.waitFor("Step 5 of 9")
        #expect(waiting.contains("Check your email") && waiting.contains("The code expires in"))
        try await tmux.type(try await terminal.kiosk.confirmationCode())
        try await tmux.press("Enter")
        let start = try await tmux.waitFor("Step 6 of 9")
        #expect(start.contains("Welcome:") && start.contains(curp))
        try await tmux.press("Enter")
        #expect(try await tmux.waitFor("Step 7 of 9").contains("does not have a Social Security Number yet"))
        try await tmux.press("Enter")
        #expect(try await tmux.waitFor("Step 8 of 9").contains("Your NSS is:"))
        try await tmux.press("Enter")
        let documents = try await tmux.waitFor("Tarjeta de Número de Seguridad Social")
        for heading in ["Step 9 of 9", "Folio", "Date", "Document", "Save", "Print", "Email me a copy"] {
            #expect(documents.contains(heading), "\(heading)")
        }
        #expect(!documents.contains("Paso"))
    }

    /// Every byte the wizard writes to its terminal until its first screen is up, recorded by `script`
    /// under tmux: an office whose language is set only in its configuration file never shows a Spanish
    /// frame first (and the same recording of a Spanish office shows Spanish, so the check can fail).
    @Test(.enabled(if: Tool.script.isInstalled), arguments: [("en", "Step 1 of 9", "Paso"), ("es", "Paso 1 de 9", "Step")])
    func theFirstFrameIsInTheConfiguredLanguage(_ language: String, _ first: String, _ never: String) async throws {
        let setup = FileManager.default.temporaryDirectory.appendingPathComponent("nss-first-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: setup, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: setup) }
        let configuration = setup.appendingPathComponent("config.toml")
        try "# La oficina\nidioma = \"\(language)\"   # de las pantallas\n\n[idiomas]\n".write(to: configuration, atomically: true,
                                                                                           encoding: .utf8)
        let kiosk = Kiosk(data: setup.appendingPathComponent("data"))
        let recording = setup.appendingPathComponent("terminal.log")
        let command = kiosk.wizardArguments(["--config", configuration.path]).map { "'\($0)'" }.joined(separator: " ")
        var variables = KioskTerminal.standardEnvironment
        variables["HOME"] = setup.path
        let tmux = try await Tmux.start(["/usr/bin/script", "-q", "-f", "-c", command, recording.path],
                                        environment: variables, in: setup)
        defer { tmux.kill() }
        let screen = try await tmux.waitFor(first)
        #expect(!screen.contains(never))
        let written = String(decoding: try Data(contentsOf: recording), as: UTF8.self)
        #expect(written.contains(first.split(separator: " ")[0]))
        #expect(!written.contains(never), "a frame in the other language came first")
    }

    /// A Spanish kiosk: F2 on the first screen gives this person English; leaving wipes, and the next
    /// person gets Spanish and the offer of English again.
    @Test func f2SwitchesForOnePersonAndTheWipeBringsSpanishBack() async throws {
        let terminal = try await KioskTerminal.open(["--kiosk"], staffPIN: "246813")
        defer { terminal.close() }
        let tmux = terminal.tmux
        #expect(try await tmux.waitFor("Paso 1 de 9").contains("F2 English"))
        try await tmux.press("F2")
        #expect(try await tmux.waitFor("Step 1 of 9").contains("Enter your CURP"))
        try await tmux.type("HEGG56")
        try await tmux.press("F10")
        #expect(try await tmux.waitFor("Do you want to exit?").contains("Yes, exit"))
        try await tmux.press("y")
        let next = try await tmux.waitFor("Paso 1 de 9")
        #expect(next.contains("Ingresa tu CURP") && next.contains("F2 English") && !next.contains("HEGG56"))
    }

    /// The line mode through a pipe: `:english` on the first question, then every question in English
    /// up to the waiting screen, where the input ends.
    @Test func theLineModeThroughAPipe() async throws {
        let data = FileManager.default.temporaryDirectory.appendingPathComponent("nss-en-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: data) }
        let email = "person.test@gmail.com"
        let curp = try await Kiosk(data: data).demoCURP(withNSS: true)
        let run = try await Run.nssKiosk(["--plain", "--data", data.path, "--captcha-test-answer", Kiosk.captchaAnswer],
                                         stdin: [":english", curp, email, email, Kiosk.captchaAnswer].joined(separator: "\n") + "\n")
        let said = run.stdout
        #expect(said.contains("For English, type :english"))
        #expect(said.contains("Now in English.\n\nStep 1 of 9: Enter your CURP"), "\(said)")
        #expect(said.contains("Step 2 of 9: Email address"))
        #expect(said.contains("Email address (required): "))
        #expect(said.contains("Step 4 of 9: Type the characters in the box"))
        #expect(said.contains("Step 5 of 9: Check your email"))
        #expect(said.contains("The input ended. Your details were erased from this computer."))
        #expect(run.status == 0)
    }
}
