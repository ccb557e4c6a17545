import Foundation
import Testing
import TestSupport

/// The real binary in a real (tmux) terminal, on the embedded backend with the test captcha: the nine
/// screens in order, the confirmation code read from the outbox as the person reads their email.
@Suite(.needsTmux, .runsPrograms)
struct WholeProcedureInATerminalTests {
    @Test(arguments: [false, true])
    func aPersonGoesFromTheirCURPToTheDocumentsTableThroughAllNineScreens(alreadyHasNSS: Bool) async throws {
        let terminal = try await KioskTerminal.open()
        defer { terminal.close() }
        let tmux = terminal.tmux
        let curp = try await terminal.kiosk.demoCURP(withNSS: alreadyHasNSS)

        let first = try await tmux.waitFor("Paso 1 de 9")
        #expect(first.contains("Ingresa tu CURP"))
        #expect(first.contains("IMSS"))
        try await tmux.type(curp)
        try await tmux.press("Enter")

        let email = "persona.prueba@gmail.com"
        let emailScreen = try await tmux.waitFor("Paso 2 de 9")
        #expect(emailScreen.contains("Correo electrónico"))
        try await tmux.type(email)
        try await tmux.press("Enter")

        let confirmation = try await tmux.waitFor("Paso 3 de 9")
        #expect(confirmation.contains("Confirma tu correo"))
        try await tmux.type(email)
        try await tmux.press("Enter")

        let captcha = try await terminal.waitForCaptcha()
        #expect(captcha.contains("MODO DE PRUEBA"), "the screen says plainly that the captcha is in test mode")
        try await tmux.type(Kiosk.captchaAnswer)
        try await tmux.press("Enter")

        let waiting = try await tmux.waitFor("Paso 5 de 9")
        #expect(waiting.contains("Revisa tu correo"))
        #expect(!waiting.contains(email), "the address is masked on the waiting screen")
        try await tmux.type(try await terminal.kiosk.confirmationCode())
        try await tmux.press("Enter")

        let start = try await tmux.waitFor("Paso 6 de 9")
        #expect(start.contains("Iniciar trámite"))
        #expect(start.contains(curp), "Paso 1 shows the registered data for review")
        try await tmux.press("Enter")

        let finish = try await tmux.waitFor("Paso 7 de 9")
        #expect(finish.contains(alreadyHasNSS ? "ya tiene un Número de Seguridad Social" : "todavía no tiene"))
        try await tmux.press("Enter")

        let result = try await tmux.waitFor("Paso 8 de 9")
        #expect(result.contains("Tu NSS es:"))
        try await tmux.press("Enter")

        try await tmux.waitFor("Paso 9 de 9")
        let documents = try await tmux.waitFor("Tarjeta de Número de Seguridad Social")
        for heading in ["Folio", "Fecha", "Documento"] { #expect(documents.contains(heading)) }
        let constancia = documents.split(separator: "\n")
            .contains { $0.contains("Número de Seguridad Social") && !$0.contains("Tarjeta") }
        #expect(constancia, "the constancia's row is there beside the tarjeta's")

        // What an auditor is handed: every step, on this terminal (host/tty), and nobody's data.
        let audit = try await terminal.kiosk.command(["audit"])
        let lines = audit.split(separator: "\n")
        #expect(lines.first == "fecha,terminal,solicitud,folio,paso,resultado")
        let steps = lines.dropFirst().map { $0.split(separator: ",", omittingEmptySubsequences: false) }
        #expect(steps.map { String($0[4]) }.filter { $0 != "correo-entregado" } == ["solicitud", "confirmacion", "paso-1", "paso-2"])
        #expect(steps.allSatisfy { $0[1].contains("/pts/") || $0[1].contains("/tty") }, "\(audit)")
        let nss = result.split(separator: "\n").map { $0.filter(\.isNumber) }.first { $0.count == 11 } ?? "?"
        #expect(nss.count == 11, "the NSS shown on screen 8")
        let logs = try FileManager.default.contentsOfDirectory(at: terminal.kiosk.data, includingPropertiesForKeys: nil)
            .filter { $0.pathExtension == "log" }.map { (try? String(contentsOf: $0, encoding: .utf8)) ?? "" }
        for text in [curp, email, nss] {
            #expect(!audit.contains(text), "«\(text)» in the audit log")
            for log in logs { #expect(!log.contains(text), "«\(text)» in a log") }
        }
    }
}
