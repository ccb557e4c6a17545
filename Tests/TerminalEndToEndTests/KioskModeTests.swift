import Testing
import TestSupport

/// With --kiosk nothing typed at the keyboard leaves the program: Ctrl-C is an ordinary key, F10 asks
/// (something was typed) and then wipes the person's data and starts over, a wrong staff PIN is refused;
/// only the staff PIN ends it, and the terminal is given back sane.
@Suite(.needsTmux, .runsPrograms)
struct KioskModeTests {
    @Test func onlyTheStaffPINEndsAKiosk() async throws {
        let terminal = try await KioskTerminal.open(["--kiosk"], staffPIN: "246813")
        defer { terminal.close() }
        let tmux = terminal.tmux
        try await tmux.waitFor("Paso 1 de 9")
        try await tmux.type("PEMJ92")
        try await tmux.press("C-c")
        try await tmux.type("09")
        let typedOn = try await tmux.waitFor("PEMJ9209")
        #expect(!typedOn.contains("¿Deseas salir?"), "Ctrl-C asks nothing in a kiosk")

        try await tmux.press("F10")
        let asked = try await tmux.waitFor("¿Deseas salir?")
        #expect(asked.contains("empezará de nuevo"), "at a kiosk leaving starts over")
        try await tmux.type("s")
        let wiped = try await tmux.waitUntilGone("PEMJ9209")
        #expect(wiped.contains("Paso 1 de 9"), "F10 starts over instead of leaving")

        try await tmux.press("C-x")
        try await tmux.waitFor("Salida del personal")
        try await tmux.type("1111")
        try await tmux.press("Enter")
        try await tmux.waitFor("PIN incorrecto")

        try await tmux.press("C-x")
        try await tmux.waitFor("Salida del personal")
        try await tmux.type("246813")
        try await tmux.press("Enter")
        let exit = try await tmux.waitForExit()
        #expect(exit.status == 0)
        #expect(exit.isOn("icanon") && exit.isOn("echo") && exit.isOn("isig"))
        #expect(try await !tmux.paneFlag("alternate_on"))
        #expect(try await tmux.paneFlag("cursor_flag"))
    }

    /// The line mode (TERM=dumb) at a kiosk: Ctrl-Z, Ctrl-C, Ctrl-\, Ctrl-D and Ctrl-S neither suspend,
    /// end, dump nor freeze it; after :salir nothing of the person is left in the scrollback; a wrong
    /// staff PIN is refused unseen and only the right one ends it, with the terminal given back sane.
    @Test func theLineModeKioskResistsEveryKeyAndLeavesNothingBehind() async throws {
        let terminal = try await KioskTerminal.open(["--kiosk"], environment: ["TERM": "dumb"], staffPIN: "246813")
        defer { terminal.close() }
        let tmux = terminal.tmux
        let curp = try await terminal.kiosk.demoCURP(withNSS: false)
        try await tmux.waitFor("CURP (obligatorio):")
        for key in ["C-z", "C-c", "C-\\", "C-d", "C-s"] {
            try await tmux.press(key)
        }
        try await tmux.type(curp)
        try await tmux.press("Enter")
        try await tmux.waitFor("Correo electrónico (obligatorio):")
        try await tmux.type("ana.perez@gmail.com")
        try await tmux.press("Enter")
        try await tmux.waitFor("Confirma tu correo electrónico (obligatorio):")
        let shown = try await tmux.screen(scrollback: true)
        #expect(!shown.contains("Quit") && !shown.contains("Stopped") && !shown.contains("backtrace"))

        try await tmux.type(":salir")
        try await tmux.press("Enter")
        try await tmux.waitFor("Escribe s para salir")
        try await tmux.type("s")
        try await tmux.press("Enter")
        try await tmux.waitFor("Empezamos de nuevo.")
        try await tmux.waitFor("CURP (obligatorio):")
        let scrollback = try await tmux.screen(scrollback: true)
        #expect(!scrollback.contains(curp), "the last person's CURP is readable after :salir")
        #expect(!scrollback.contains("ana.perez"), "the last person's email is readable after :salir")

        try await tmux.press("C-x")
        try await tmux.press("Enter")
        try await tmux.waitFor("PIN del personal")
        try await tmux.type("111111")
        try await tmux.press("Enter")
        let refused = try await tmux.waitFor("PIN incorrecto")
        #expect(!refused.contains("111111"), "the PIN is typed unseen")

        try await tmux.type(":personal")
        try await tmux.press("Enter")
        try await tmux.waitUntil("a second PIN prompt") { $0.components(separatedBy: "PIN del personal").count == 3 }
        try await tmux.type("246813")
        try await tmux.press("Enter")
        let exit = try await tmux.waitForExit()
        #expect(exit.status == 0)
        #expect(exit.isOn("icanon") && exit.isOn("echo") && exit.isOn("isig") && exit.isOn("ixon"))
        #expect(try await !tmux.screen(scrollback: true).contains("246813"))
    }
}
