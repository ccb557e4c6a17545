import Testing
import TestSupport

/// One rule for leaving, in both front ends and by every way out: with nothing typed the program ends at
/// once; once something was typed, F10, «Salir», Ctrl-C and `:salir` ask «¿Deseas salir?» first.
@Suite(.needsTmux, .runsPrograms)
struct LeavingTests {
    @Test func f10WithNothingTypedEndsAtOnce() async throws {
        let terminal = try await KioskTerminal.open()
        defer { terminal.close() }
        try await terminal.tmux.waitFor("Paso 1 de 9")
        try await terminal.tmux.press("F10")
        let exit = try await terminal.tmux.waitForExit()
        #expect(exit.status == 0)
    }

    @Test func salirAfterTypingAsksAndNoKeepsEverything() async throws {
        let terminal = try await KioskTerminal.open()
        defer { terminal.close() }
        let tmux = terminal.tmux
        try await terminal.answer(step: 1, with: try await terminal.kiosk.demoCURP(withNSS: false))
        try await tmux.waitFor("Paso 2 de 9")
        try await tmux.type("ana.perales@gmail.com")
        try await tmux.press("BTab")   // Tab order goes on leftwards from Continuar: Shift-Tab reaches «Salir»
        try await tmux.waitFor("▸ Salir ◂")
        try await tmux.press("Enter")
        let asked = try await tmux.waitFor("¿Deseas salir?")
        #expect(asked.contains("el programa terminará"))
        try await tmux.press("Escape")
        let kept = try await tmux.waitUntilGone("¿Deseas salir?")
        #expect(kept.contains("ana.perales@gmail.com"))
        try await tmux.press("F10")
        try await tmux.waitFor("¿Deseas salir?")
        try await tmux.press("F10")
        let exit = try await tmux.waitForExit()
        #expect(exit.status == 0)
        #expect(try await !tmux.screen(scrollback: true).contains("ana.perales"))
    }

    /// The line mode on a real terminal: Ctrl-C (SIGINT from the terminal) with an answer given asks, «n»
    /// goes on at the same question; with nothing typed Ctrl-C leaves at once.
    @Test func ctrlCInTheLineModeAsksLikeSalir() async throws {
        let terminal = try await KioskTerminal.open(["--plain"])
        defer { terminal.close() }
        let tmux = terminal.tmux
        try await tmux.waitFor("CURP (obligatorio):")
        try await tmux.type(try await terminal.kiosk.demoCURP(withNSS: false))
        try await tmux.press("Enter")
        try await tmux.waitFor("Correo electrónico (obligatorio):")
        try await tmux.type("ana.per")
        try await tmux.press("C-c")
        try await tmux.waitFor("¿Deseas salir?")
        try await tmux.type("n")
        try await tmux.press("Enter")
        try await tmux.waitUntil("the email asked again") {
            $0.components(separatedBy: "Correo electrónico (obligatorio):").count == 3
        }
        try await tmux.press("C-c")
        try await tmux.waitUntil("asked a second time") {
            $0.components(separatedBy: "¿Deseas salir?").count == 3
        }
        try await tmux.type("s")
        try await tmux.press("Enter")
        try await tmux.waitFor("Saliste del trámite.")
        let exit = try await tmux.waitForExit()
        #expect(exit.status == 0, "Ctrl-C no longer kills the line mode (status 130)")

        let fresh = try await KioskTerminal.open(["--plain"])
        defer { fresh.close() }
        try await fresh.tmux.waitFor("CURP (obligatorio):")
        try await fresh.tmux.press("C-c")
        try await fresh.tmux.waitFor("Saliste del trámite.")
        #expect(try await fresh.tmux.waitForExit().status == 0)
        #expect(try await !fresh.tmux.screen().contains("¿Deseas salir?"))
    }
}
