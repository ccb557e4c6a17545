import Foundation
import Testing
import TestSupport

/// A dropped SSH link or a closed window (SIGHUP) on the waiting screen: the terminal is given back sane
/// and the application stays in the store, so the email's link still confirms it.
@Suite(.needsTmux, .runsPrograms)
struct HangUpTests {
    @Test func aHangUpOnTheWaitingScreenRestoresTheTerminalAndKeepsTheApplication() async throws {
        let terminal = try await KioskTerminal.open(["--public-url", "https://oficina.example"])
        defer { terminal.close() }
        let tmux = terminal.tmux
        try await terminal.reachWaitingScreen(curp: try await terminal.kiosk.demoCURP(withNSS: false),
                                              email: "ana.perales@gmail.com")

        kill(try await tmux.programID(), SIGHUP)
        let exit = try await tmux.waitForExit()
        #expect(exit.isOn("icanon"))
        #expect(exit.isOn("echo"))
        #expect(exit.isOn("isig"))
        #expect(try await !tmux.paneFlag("alternate_on"), "the alternate screen was left")
        #expect(try await tmux.paneFlag("cursor_flag"), "the cursor is visible again")
        let left = try await tmux.screen(scrollback: true)
        #expect(!left.contains("Revisa tu correo"), "no personal screen is left on view")

        #expect(try await terminal.kiosk.newestMail().contains("Código de confirmación:"))
        let confirmed = try await terminal.kiosk.command(["link", "open", try await terminal.kiosk.confirmationLink()])
        #expect(confirmed.contains("Correo confirmado"))
    }

    @Test func closingTheWindowOnTheWaitingScreenEndsTheProgramAndKeepsTheEmail() async throws {
        let terminal = try await KioskTerminal.open()
        defer { terminal.close() }
        try await terminal.reachWaitingScreen(curp: try await terminal.kiosk.demoCURP(withNSS: true),
                                              email: "ana.perales@gmail.com")
        let program = try await terminal.tmux.programID()

        terminal.tmux.kill()
        let deadline = ContinuousClock.now + .seconds(30)
        while Self.isRunning(program) && ContinuousClock.now < deadline {
            try await Task.sleep(for: .milliseconds(50))
        }
        #expect(!Self.isRunning(program), "nothing is left running once the terminal is gone")
        #expect(try await terminal.kiosk.confirmationCode().count == 9)
    }

    /// Whether process `id` still runs: it exists and is not a zombie (an orphan's zombie may linger
    /// where nothing reaps it).
    static func isRunning(_ id: Int32) -> Bool {
        guard let stat = try? String(contentsOfFile: "/proc/\(id)/stat", encoding: .utf8),
              let end = stat.lastIndex(of: ")") else { return false }
        let state = stat[stat.index(after: end)...].drop { $0 == " " }.first
        return state != "Z" && state != "X"
    }
}
