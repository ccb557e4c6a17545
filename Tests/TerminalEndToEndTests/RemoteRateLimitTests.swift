import Foundation
import Testing
import TestSupport

/// The office's limit of applications per CURP, met at a terminal: the wizard says in Spanish until
/// when to wait, and what the person typed is still there.
@Suite(.needsTmux, .runsPrograms)
struct RemoteRateLimitTests {
    @Test func aCURPOverTheOfficesLimitIsToldWhenToComeBackAndKeepsWhatWasTyped() async throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("nss-oficina-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let office = Kiosk(data: directory.appendingPathComponent("servidor"))
        let credentials = try OfficeCredentials(in: directory)
        let (tokens, credential) = (credentials.tokens, credentials.credential)
        // One application per CURP an hour, from any terminal.
        let config = directory.appendingPathComponent("config.toml")
        try Data("[servidor]\nsolicitudes_por_curp_por_hora = 1\n".utf8).write(to: config)
        let server = try await ServerProcess.start([
            "--data", office.data.path, "--tokens", tokens.path, "--config", config.path,
            "--public-url", "https://nss.oficina.example", "--captcha-test-answer", Kiosk.captchaAnswer,
        ], in: directory)
        defer { server.signal(SIGKILL) }
        let curp = try await office.demoCURP(withNSS: false)

        let first = try await KioskTerminal.open(["--server", server.base, "--token-file", credential.path])
        defer { first.close() }
        try await first.reachWaitingScreen(curp: curp, email: "persona.prueba@gmail.com")

        let second = try await KioskTerminal.open(["--server", server.base, "--token-file", credential.path])
        defer { second.close() }
        let tmux = second.tmux
        let email = "otra.persona@gmail.com"
        try await second.answer(step: 1, with: curp)
        try await second.answer(step: 2, with: email)
        try await second.answer(step: 3, with: email)
        try await second.waitForCaptcha()
        try await tmux.type(Kiosk.captchaAnswer)
        try await tmux.press("Enter")
        let refused = try await tmux.waitUntil("the refusal and a new captcha") {
            $0.contains("Demasiados intentos") && !$0.contains("Cargando la imagen")
        }
        #expect(refused.contains("Paso 4 de 9"))
        #expect(refused.contains("Vuelve a intentarlo a las"), "it says until when")

        try await tmux.press("Escape")
        #expect(try await tmux.waitFor("Paso 3 de 9").contains(email), "the confirmation is kept")
        try await tmux.press("Escape")
        #expect(try await tmux.waitFor("Paso 2 de 9").contains(email), "the email is kept")
        try await tmux.press("Escape")
        #expect(try await tmux.waitFor("Paso 1 de 9").contains(curp), "the CURP is kept")
    }
}
