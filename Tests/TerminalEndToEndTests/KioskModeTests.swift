import Testing
import TestSupport

/// With --kiosk nothing typed at the keyboard leaves the program: Ctrl-C is an ordinary key, F10 wipes
/// the person's data and starts over, a wrong staff PIN is refused; only the staff PIN ends it, and the
/// terminal is given back sane.
@Suite(.needsTmux, .runsPrograms)
struct KioskModeTests {
    @Test func onlyTheStaffPINEndsAKiosk() async throws {
        let terminal = try await KioskTerminal.open(["--kiosk"], staffPIN: "2468")
        defer { terminal.close() }
        let tmux = terminal.tmux
        try await tmux.waitFor("Paso 1 de 9")
        try await tmux.type("PEMJ92")
        try await tmux.press("C-c")
        try await tmux.type("09")
        let typedOn = try await tmux.waitFor("PEMJ9209")
        #expect(!typedOn.contains("¿Deseas salir?"), "Ctrl-C asks nothing in a kiosk")

        try await tmux.press("F10")
        let wiped = try await tmux.waitUntilGone("PEMJ9209")
        #expect(wiped.contains("Paso 1 de 9"), "F10 starts over instead of leaving")

        try await tmux.press("C-x")
        try await tmux.waitFor("Salida del personal")
        try await tmux.type("1111")
        try await tmux.press("Enter")
        try await tmux.waitFor("PIN incorrecto")

        try await tmux.press("C-x")
        try await tmux.waitFor("Salida del personal")
        try await tmux.type("2468")
        try await tmux.press("Enter")
        let exit = try await tmux.waitForExit()
        #expect(exit.status == 0)
        #expect(exit.isOn("icanon") && exit.isOn("echo") && exit.isOn("isig"))
        #expect(try await !tmux.paneFlag("alternate_on"))
        #expect(try await tmux.paneFlag("cursor_flag"))
    }
}
