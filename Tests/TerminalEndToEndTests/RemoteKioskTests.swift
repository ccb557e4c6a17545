import Foundation
import Testing
import TestSupport

/// The wizard in a terminal against the office server (`--server`, `--token-file`): the confirmation
/// link of the email, opened with curl as a phone would open it (its page, then its button), moves the
/// waiting screen on by itself;
/// the documents' QR code, read from the screen, gives the signed PDF once.
@Suite(.needsTmux, .runsPrograms)
struct RemoteKioskTests {
    @Test func openingTheLinkOfTheEmailMovesTheWaitingScreenOnByItself() async throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("nss-oficina-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let office = Kiosk(data: directory.appendingPathComponent("servidor"))
        // The seal is made before the server starts: Paso 2 then does not wait for a new key.
        try await office.command(["keys", "export"])
        let credentials = try OfficeCredentials(in: directory)
        let (tokens, credential) = (credentials.tokens, credentials.credential)
        let server = try await ServerProcess.start([
            "--data", office.data.path, "--tokens", tokens.path, "--public-url", "https://nss.oficina.example",
            "--captcha-test-answer", Kiosk.captchaAnswer,
        ], in: directory)
        defer { server.signal(SIGKILL) }

        let terminal = try await KioskTerminal.open(["--server", server.base, "--token-file", credential.path])
        defer { terminal.close() }
        let tmux = terminal.tmux
        let curp = try await office.demoCURP(withNSS: false)
        let waiting = try await terminal.reachWaitingScreen(curp: curp, email: "persona.prueba@gmail.com")
        #expect(waiting.contains("Revisa tu correo"))
        #expect(waiting.contains("liga"), "the email carries a link: the screen says so")

        // The email is in the office server's outbox; its link is opened with curl, nothing is typed.
        let link = try await office.confirmationLink()
        #expect(link.hasPrefix("https://nss.oficina.example/confirmar/"), "\(link)")
        let path = String(link.dropFirst("https://nss.oficina.example".count))
        // The page asks; its button confirms.
        let page = try await Tool("curl").output(["-sS", "--max-time", "20", server.base + path])
        #expect(page.contains("Confirmar mi correo"))
        let pressed = try await Tool("curl").output(["-sS", "--max-time", "20", "-X", "POST", server.base + path])
        #expect(pressed.contains("Correo confirmado"))
        let start = try await tmux.waitFor("Paso 6 de 9", timeout: .seconds(20))
        #expect(start.contains(curp), "Paso 1 shows the registered data, from the server's registry")
        try await tmux.press("Enter")
        try await tmux.waitFor("Paso 7 de 9")
        try await tmux.press("Enter")
        let result = try await tmux.waitFor("Tu NSS es:")
        let nss = result.split(separator: "\n").map { $0.filter(\.isNumber) }.first { $0.count == 11 } ?? "?"
        #expect(nss.count == 11, "the NSS shown on screen 8")

        // «Llevar a mi teléfono»: the code on the screen is read as a phone's camera would (zbarimg),
        // and its link gives the signed constancia once.
        try await tmux.press("Enter")
        try await tmux.waitFor("Llevar a mi teléfono")
        try await tmux.press("Tab", "Tab", "Tab", "Enter")
        let shown = try await tmux.waitFor("Documento 1 de 2:")
        let lines = shown.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let read = try await QRReader.read(QRReader.modules(halfBlockLines: Array(lines[4..<21]), column: 1, width: 33))
        let documentLink = try #require(read, "the code on the screen reads as a link:\n\(shown)")
        #expect(documentLink.hasPrefix("https://nss.oficina.example/d/"), "\(documentLink)")
        let documentPath = server.base + String(documentLink.dropFirst("https://nss.oficina.example".count))
        let curl = Tool("curl")
        #expect(try await curl.output(["-sS", "--max-time", "20", documentPath]).contains("Descargar el PDF"))
        let pdf = directory.appendingPathComponent("constancia.pdf")
        try await curl.output(["-sS", "--max-time", "20", "-X", "POST", "-o", pdf.path, documentPath])
        let signature = try await Tool.pdfsig.run([pdf.path]).outputText
        #expect(signature.contains("Signature is Valid."), "\(signature)")
        #expect(try await curl.output(["-sS", "--max-time", "20", "-X", "POST", documentPath]).contains("Esta liga ya se usó"))
        try await tmux.press("Escape")
        try await tmux.waitFor("Tarjeta de Número de Seguridad Social")

        // The audit log, kept by the server, names the terminal by its credential.
        let audit = try await office.command(["audit"])
        let steps = audit.split(separator: "\n").dropFirst().map { $0.split(separator: ",", omittingEmptySubsequences: false) }
        // The link was opened by the person, not at a terminal.
        let auditLines = steps.map { "\($0[4]) \($0[1])" }.filter { !$0.hasPrefix("correo-entregado") }
        #expect(auditLines == ["solicitud kiosko-prueba", "confirmacion liga-del-correo", "paso-1 kiosko-prueba", "paso-2 kiosko-prueba",
                          "ligas-al-telefono kiosko-prueba", "descarga-en-telefono telefono"], "\(audit)")
    }
}
