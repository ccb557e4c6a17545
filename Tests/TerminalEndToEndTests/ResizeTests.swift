import Testing
import TestSupport

/// Resizing the window while typing: below 80×24 a notice asks for a bigger window; back at 80×24 the
/// screen returns with everything typed so far, and typing goes on where it was.
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
        #expect(!small.contains("Paso 1 de 9"), "no broken layout under the notice")

        try await tmux.resize(columns: 80, rows: 24)
        let back = try await tmux.waitFor("Paso 1 de 9")
        #expect(back.contains(String(curp.prefix(10))))
        #expect(!back.contains("muy pequeña"))

        try await tmux.type(String(curp.dropFirst(10)))
        try await tmux.waitFor(curp)
        try await tmux.press("Enter")
        try await tmux.waitFor("Paso 2 de 9")
    }
}
