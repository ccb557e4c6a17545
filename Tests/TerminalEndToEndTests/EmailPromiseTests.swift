import Testing
import TestSupport

/// What screen 2 promises follows the program's `--public-url`: the email carries a link only then.
@Suite(.needsTmux, .runsPrograms)
struct EmailPromiseTests {
    @Test(arguments: [false, true])
    func screenTwoPromisesWhatTheEmailWillBring(withPublicURL: Bool) async throws {
        let terminal = try await KioskTerminal.open(withPublicURL ? ["--public-url", "https://oficina.example"] : [])
        defer { terminal.close() }
        try await terminal.answer(step: 1, with: try await terminal.kiosk.demoCURP(withNSS: false))
        let screen = try await terminal.tmux.waitFor("Paso 2 de 9")
        #expect(screen.contains(withPublicURL ? "Te enviaremos una liga y un código de confirmación"
                                              : "Te enviaremos un código de confirmación a este correo."))
    }
}
