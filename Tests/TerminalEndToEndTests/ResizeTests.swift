import Testing
import TestSupport

/// Resizing the window while typing: below 80×24 a notice asks for a bigger window (or the line mode),
/// and what is typed meanwhile goes into the field; back at 80×24 the screen returns with everything
/// typed, and typing goes on where it was. A larger terminal shows the screens in its middle.
@Suite(.needsTmux, .runsPrograms)
struct ResizeTests {
    @Test func shrinkingBelowTheMinimumShowsANoticeAndGrowingBackKeepsTheTypedText() async throws {
        let terminal = try await KioskTerminal.open()
        defer { terminal.close() }
        let tmux = terminal.tmux
        let curp = try await terminal.kiosk.demoCURP(withNSS: false)
        try await tmux.waitFor("Paso 1 de 9")
        try await tmux.type(String(curp.prefix(10)))
        try await tmux.waitFor(String(curp.prefix(10)))

        try await tmux.resize(columns: 60, rows: 20)
        let small = try await tmux.waitFor("muy pequeña")
        #expect(small.contains("Agrándala"))
        #expect(small.contains("60×20"), "the notice says the current size")
        #expect(small.contains("nss-kiosk --plain"), "the notice says how to go on in a small window")
        #expect(!small.contains("Paso 1 de 9"), "no broken layout under the notice")

        // Typed blind, then Tab and Enter (which would act blind and are dropped), then F10: its question
        // on the notice says every key before it was read while the window was small.
        try await tmux.type(String(curp.dropFirst(10).prefix(4)))
        try await tmux.press("Tab", "Enter", "F10")
        try await tmux.waitFor("¿Deseas salir? F10 o S")
        try await tmux.type("n")
        try await tmux.waitUntilGone("¿Deseas salir?")

        try await tmux.resize(columns: 80, rows: 24)
        let back = try await tmux.waitFor("Paso 1 de 9")
        #expect(back.contains(String(curp.prefix(14))), "what was typed in the small window is in the field")
        #expect(!back.contains("muy pequeña"))

        try await tmux.type(String(curp.dropFirst(14)))
        try await tmux.waitFor(curp)
        try await tmux.press("Enter")
        try await tmux.waitFor("Paso 2 de 9")
    }

    /// At 132×43 the 80×24 screen stands in the middle of the terminal, not in its top-left corner.
    @Test func aLargerTerminalShowsTheScreenInItsMiddle() async throws {
        let terminal = try await KioskTerminal.open(columns: 132, rows: 43)
        defer { terminal.close() }
        let lines = try await terminal.tmux.waitFor("Paso 1 de 9").split(separator: "\n", omittingEmptySubsequences: false)
        let top = (43 - 24) / 2, left = (132 - 80) / 2
        #expect(lines.prefix(top).allSatisfy { $0.allSatisfy { $0 == " " } }, "rows above the screen are empty")
        #expect(lines[top].hasPrefix(String(repeating: " ", count: left) + "┌"))
        #expect(lines[top + 23].hasPrefix(String(repeating: " ", count: left) + "└"))
        #expect(lines[top + 1].contains("Paso 1 de 9 │"))
    }
}
