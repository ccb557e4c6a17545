import Testing
import TestSupport

/// A TERM this system does not know: one Spanish line saying so, exit status 2, the terminal untouched.
@Suite(.needsTmux, .runsPrograms)
struct UnknownTerminalTests {
    @Test func anUnknownTerminalTypeGetsOneSpanishLineAndExitStatusTwo() async throws {
        let terminal = try await KioskTerminal.open(environment: ["TERM": "nonsense"])
        defer { terminal.close() }
        let exit = try await terminal.tmux.waitForExit()
        #expect(exit.status == 2)
        #expect(exit.isOn("icanon") && exit.isOn("echo"))
        let lines = try await terminal.tmux.screen(joiningWrappedLines: true).split(separator: "\n")
            .filter { !$0.trimmingCharacters(in: .whitespaces).isEmpty }
        #expect(lines.count == 1, "one line: \(lines)")
        #expect(lines.first?.contains("Terminal «nonsense» desconocida") == true)
    }
}
