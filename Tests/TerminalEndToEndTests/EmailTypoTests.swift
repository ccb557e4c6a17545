import Testing
import TestSupport

/// A likely typo of the email's domain is asked about in the full-screen wizard too, by the same rule as
/// the line mode: Enter does not pass it unasked; the focused «Usar la sugerencia» takes the correction,
/// and Continuar again would keep the email as typed. Nothing is said about it while typing.
@Suite(.needsTmux, .runsPrograms)
struct EmailTypoTests {
    @Test func enterOnADomainTypoAsksAndOneKeyCorrectsIt() async throws {
        let terminal = try await KioskTerminal.open()
        defer { terminal.close() }
        let tmux = terminal.tmux
        try await terminal.answer(step: 1, with: try await terminal.kiosk.demoCURP(withNSS: false))
        try await tmux.waitFor("Paso 2 de 9")
        try await tmux.type("ana.perales@gmial.com")
        let typing = try await tmux.waitFor("ana.perales@gmial.com")
        #expect(!typing.contains("¿Quisiste decir"), "nothing is suggested while typing")
        try await tmux.press("Enter")
        let asked = try await tmux.waitFor("¿Quisiste decir ana.perales@gmail.com?")
        #expect(asked.contains("Paso 2 de 9"), "Enter did not go on with the typo unasked")
        #expect(asked.contains("▸ Usar la sugerencia ◂"))
        try await tmux.press("Enter")
        try await tmux.waitUntilGone("gmial.com")
        try await tmux.press("Enter")
        let next = try await tmux.waitFor("Paso 3 de 9")
        #expect(next.contains("ana.perales@gmail.com"))
    }
}
