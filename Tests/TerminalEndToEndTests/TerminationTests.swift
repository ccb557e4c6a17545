import Foundation
import Testing
import TestSupport

/// SIGTERM (a shutdown, `kill`) while someone types: the program ends as a terminated program does and
/// gives the terminal back sane, with nothing typed left on view.
@Suite(.needsTmux, .runsPrograms)
struct TerminationTests {
    /// TERM=linux (the Linux console, or a client that says so over SSH) has no alternate screen: the frame
    /// cleared on the way out would stay in tmux's scrollback unless the program erases it.
    @Test(arguments: ["tmux-256color", "linux"])
    func sigtermWhileTypingEndsTheProgramAndRestoresTheTerminal(_ terminalType: String) async throws {
        let terminal = try await KioskTerminal.open(environment: ["TERM": terminalType])
        defer { terminal.close() }
        let tmux = terminal.tmux
        try await tmux.waitFor("Paso 1 de 9")
        try await tmux.type("PEMJ92")
        try await tmux.waitFor("PEMJ92")

        kill(try await tmux.programID(), SIGTERM)
        let exit = try await tmux.waitForExit()
        #expect(exit.status == 128 + SIGTERM)
        #expect(exit.isOn("icanon") && exit.isOn("echo") && exit.isOn("isig"))
        #expect(try await !tmux.paneFlag("alternate_on"))
        #expect(try await tmux.paneFlag("cursor_flag"))
        let left = try await tmux.screen(scrollback: true)
        #expect(!left.contains("PEMJ92"))
    }
}
