import Testing
import TestSupport

/// Terminals that cannot show UTF-8 (a vt100, a C locale) get ASCII only, and the wizard still works.
@Suite(.needsTmux, .runsPrograms)
struct LimitedTerminalTests {
    @Test(arguments: [["TERM": "vt100"], ["LANG": "C"]])
    func aTerminalWithoutUTF8GetsOnlyASCIIAndThePersonCanStillGoOn(environment: [String: String]) async throws {
        let terminal = try await KioskTerminal.open(environment: environment)
        defer { terminal.close() }
        let tmux = terminal.tmux
        let first = try await tmux.waitFor("Paso 1 de 9")
        #expect(Self.isASCII(first), "only ASCII on the screen:\n\(first)")
        #expect(first.contains("Ingresa tu CURP"))

        try await tmux.type(try await terminal.kiosk.demoCURP(withNSS: false))
        try await tmux.press("Enter")
        let second = try await tmux.waitFor("Paso 2 de 9")
        #expect(Self.isASCII(second), "only ASCII on the screen:\n\(second)")
        #expect(second.contains("Correo electronico"), "accents are dropped, not mangled")
    }

    static func isASCII(_ screen: String) -> Bool {
        screen.unicodeScalars.allSatisfy(\.isASCII)
    }
}
