import Testing
import TestSupport

/// A wrong captcha brings a new image and a message; the CURP and email typed before are kept.
@Suite(.needsTmux, .runsPrograms)
struct WrongCaptchaTests {
    @Test func aWrongAnswerShowsANewImageAndKeepsWhatWasTypedBefore() async throws {
        let terminal = try await KioskTerminal.open()
        defer { terminal.close() }
        let tmux = terminal.tmux
        let curp = try await terminal.kiosk.demoCURP(withNSS: false)
        let email = "ana.perales@gmail.com"
        try await terminal.answer(step: 1, with: curp)
        try await terminal.answer(step: 2, with: email)
        try await terminal.answer(step: 3, with: email)
        let before = try await terminal.waitForCaptcha()
        try await tmux.type("xxxxx")
        try await tmux.press("Enter")

        let after = try await tmux.waitUntil("the message and a new picture") {
            $0.contains("no coinciden con la imagen") && !$0.contains("Cargando la imagen")
        }
        #expect(after.contains("Paso 4 de 9"))
        #expect(!Self.picture(before).isEmpty && !Self.picture(after).isEmpty)
        #expect(Self.picture(after) != Self.picture(before), "a new image is drawn")
        #expect(!after.contains("xxxxx"), "the wrong answer is cleared for the new image")

        try await tmux.press("Escape")
        let confirmation = try await tmux.waitFor("Paso 3 de 9")
        #expect(confirmation.contains(email), "the confirmation is kept")
        try await tmux.press("Escape")
        let emailScreen = try await tmux.waitFor("Paso 2 de 9")
        #expect(emailScreen.contains(email), "the email is kept")
        try await tmux.press("Escape")
        let curpScreen = try await tmux.waitFor("Paso 1 de 9")
        #expect(curpScreen.contains(curp), "the CURP is kept")
    }

    /// The rows of the captcha picture: those between the screen's heading and the answer field.
    static func picture(_ screen: String) -> [Substring] {
        let rows = screen.split(separator: "\n")
        guard let top = rows.firstIndex(where: { $0.hasPrefix("├") }),
              let field = rows.firstIndex(where: { $0.contains("Escribe los caracteres") }), top < field
        else { return [] }
        return Array(rows[(top + 1)..<field])
    }
}
