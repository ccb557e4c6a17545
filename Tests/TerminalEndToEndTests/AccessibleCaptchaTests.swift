import Testing
import TestSupport

/// The accessible captcha through the real program: F6 in the full-screen mode, and the line mode,
/// which starts with it; in both the answer is made only from the text on the screen, which is what a
/// screen reader or a braille line gets.
@Suite(.needsTmux, .runsPrograms)
struct AccessibleCaptchaTests {
    @Test func f6SpellsTheCaptchaSwitchesBackAndTheSpelledAnswerPasses() async throws {
        let terminal = try await KioskTerminal.open()
        defer { terminal.close() }
        let tmux = terminal.tmux
        let curp = try await terminal.kiosk.demoCURP(withNSS: false)
        try await terminal.answer(step: 1, with: curp)
        try await terminal.answer(step: 2, with: "ana.perales@gmail.com")
        try await terminal.answer(step: 3, with: "ana.perales@gmail.com")
        let picture = try await terminal.waitForCaptcha()
        #expect(picture.contains("F6 Sin imagen"), "the key is in the hint line at 80×24")

        try await tmux.press("F6")
        let spelled = try await tmux.waitFor("Primero: Letra")
        #expect(spelled.contains("No importa") && spelled.contains("Mayúsculas o minúsculas, da igual."))
        #expect(spelled.contains("F6 Con imagen"))
        #expect(spelled.contains("< Otros caracteres >"))
        #expect(spelled.contains("MODO DE PRUEBA"), "test mode is said as with the picture")
        let lines = spelled.split(separator: "\n").map(String.init)
        #expect(SpelledCaptchaReader.answer(in: lines) == Kiosk.captchaAnswer.lowercased())

        try await tmux.press("F6")
        let back = try await tmux.waitUntil("the picture again") { $0.contains("F6 Sin imagen") && !$0.contains("Cargando") }
        #expect(!back.contains("Primero: Letra"))
        try await tmux.press("F6")
        let again = try await tmux.waitFor("Primero: Letra")
        let answer = try #require(SpelledCaptchaReader.answer(in: again.split(separator: "\n").map(String.init)))
        try await tmux.type(answer)
        try await tmux.press("Enter")
        try await tmux.waitFor("Paso 5 de 9")
    }

    /// At an office (no test mode), `--plain`: CURP, email twice, then the characters as read from the
    /// screen — never the picture, never the staff.
    @Test func theLineModePassesStepFourFromTheSpelledLinesAlone() async throws {
        let terminal = try await KioskTerminal.open(["--plain"], testMode: false)
        defer { terminal.close() }
        let tmux = terminal.tmux
        let curp = try await terminal.kiosk.demoCURP(withNSS: true)
        for (prompt, answer) in [("CURP (obligatorio):", curp), ("Correo electrónico (obligatorio):", "ana.perales@gmail.com"),
                                 ("Confirma tu correo electrónico (obligatorio):", "ana.perales@gmail.com")] {
            try await Self.waitForPrompt(prompt, in: tmux)
            try await tmux.type(answer)
            try await tmux.press("Enter")
        }
        try await Self.waitForPrompt("Escribe los caracteres (obligatorio):", in: tmux)
        let said = try await tmux.screen(joiningWrappedLines: true, scrollback: true)
        #expect(!said.contains("modo de prueba"))
        #expect(!said.contains("pide ayuda al personal"))
        let answer = try #require(SpelledCaptchaReader.answer(in: said.split(separator: "\n").map(String.init)))
        #expect(answer.count == 5)
        try await tmux.type(answer)
        try await tmux.press("Enter")
        let next = try await tmux.waitFor("Paso 5 de 9")
        #expect(!next.contains("no coinciden"))
    }

    /// Waits until the line mode's last line is `prompt`, waiting for its answer.
    static func waitForPrompt(_ prompt: String, in tmux: Tmux) async throws {
        try await tmux.waitUntil("the prompt «\(prompt)»") { screen in
            screen.split(separator: "\n").last { !$0.allSatisfy(\.isWhitespace) }.map { $0 == prompt } ?? false
        }
    }
}
