import Testing
import TestSupport

/// Ctrl-C outside a kiosk asks before leaving: «No, continuar» (Esc) goes back to the same screen with
/// the typed text, «Sí, salir» (S) ends the program and gives the terminal back as it was.
@Suite(.needsTmux, .runsPrograms)
struct InterruptTests {
    @Test func ctrlCAsksWhetherToLeaveAndLeavingRestoresTheTerminal() async throws {
        let terminal = try await KioskTerminal.open()
        defer { terminal.close() }
        let tmux = terminal.tmux
        try await tmux.waitFor("Paso 1 de 9")
        try await tmux.type("PEMJ92")
        try await tmux.waitFor("PEMJ92")

        try await tmux.press("C-c")
        try await tmux.waitFor("¿Deseas salir?")
        try await tmux.press("Escape")
        try await tmux.waitUntilGone("¿Deseas salir?")
        let kept = try await tmux.screen()
        #expect(kept.contains("PEMJ92"))

        try await tmux.press("C-c")
        try await tmux.waitFor("¿Deseas salir?")
        try await tmux.type("s")
        let exit = try await tmux.waitForExit()
        #expect(exit.status == 0)
        #expect(exit.isOn("icanon") && exit.isOn("echo"))
        #expect(try await !tmux.paneFlag("alternate_on"))
        #expect(try await tmux.paneFlag("cursor_flag"), "the cursor is visible again")
        let left = try await tmux.screen(scrollback: true)
        #expect(!left.contains("PEMJ92"), "nothing typed is left on view")
    }
}
