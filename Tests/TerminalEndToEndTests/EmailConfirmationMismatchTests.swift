import Testing
import TestSupport

/// A confirmation that differs from the email is refused with a message, and the right one goes on.
@Suite(.needsTmux, .runsPrograms)
struct EmailConfirmationMismatchTests {
    @Test func aDifferentConfirmationIsRefusedAndTypingTheSameEmailGoesOn() async throws {
        let terminal = try await KioskTerminal.open()
        defer { terminal.close() }
        let tmux = terminal.tmux
        try await terminal.answer(step: 1, with: try await terminal.kiosk.demoCURP(withNSS: false))
        try await terminal.answer(step: 2, with: "ana.perales@gmail.com")
        try await terminal.answer(step: 3, with: "ana.perales@hotmail.com")

        let refused = try await tmux.waitFor("no coinciden")
        #expect(refused.contains("Paso 3 de 9"))
        #expect(refused.contains("ana.perales@hotmail.com"), "what was typed stays to be corrected")

        for _ in "ana.perales@hotmail.com" { try await tmux.press("BSpace") }
        let emptied = try await tmux.waitUntilGone("ana.perales@hotmail.com")
        #expect(!emptied.contains("no coinciden"), "typing again shows progress, not the old complaint")
        #expect(emptied.contains("Paso 3 de 9"), "Enter did not go on with a different confirmation")
        try await tmux.type("ana.perales@gmail.com")
        try await tmux.press("Enter")
        try await tmux.waitFor("Paso 4 de 9")
    }
}
