import EmbeddedBackend
import Foundation
import HTTPBackendClient
import NSSCore
import OfficeServer
import SecretFile
import Testing
import TestSupport

/// Each terminal's credential: the server's tokens file, the terminal's token file, and the name the
/// audit log gives each call.
@Suite(.runsPrograms) struct CredentialTests {
    private func file(_ text: String, mode: Int) throws -> String {
        let url = TemporaryDirectory.make("credencial").appendingPathComponent("archivo")
        try Data(text.utf8).write(to: url)
        try FileManager.default.setAttributes([.posixPermissions: mode], ofItemAtPath: url.path)
        return url.path
    }

    @Test func theTokensFileNamesEachTerminalByItsToken() throws {
        let path = try file("""
            # terminales de la oficina
            kiosko-1 \(OfficeFixture.token)

            oficina/pts/3\t\(OfficeFixture.otherToken)
            """, mode: 0o600)
        let tokens = try TerminalTokens.load(path)
        #expect(tokens.names == ["kiosko-1", "oficina/pts/3"])
        #expect(tokens.terminal(presenting: OfficeFixture.token) == "kiosko-1")
        #expect(tokens.terminal(presenting: OfficeFixture.otherToken) == "oficina/pts/3")
        #expect(tokens.terminal(presenting: OfficeFixture.token.uppercased()) == nil)
        #expect(tokens.terminal(presenting: "") == nil)
        #expect(!tokens.isKiosk("kiosko-1"))
    }

    @Test func aKioskIsMarkedAfterItsToken() throws {
        let tokens = try TerminalTokens.parse("kiosko-1 \(OfficeFixture.token) kiosco\npersonal-ana \(OfficeFixture.otherToken)\n",
                                              file: "credenciales")
        #expect(tokens.terminal(presenting: OfficeFixture.token) == "kiosko-1")
        #expect(tokens.isKiosk("kiosko-1") && !tokens.isKiosk("personal-ana") && !tokens.isKiosk("nadie"))
    }

    /// A tokens file saved on Windows (CR LF line ends) or with a byte-order mark reads as the same file.
    @Test(arguments: ["\r\n", "\n"], ["", "\u{FEFF}"])
    func aTokensFileWithWindowsLineEndsIsTheSameFile(_ end: String, _ start: String) throws {
        let text = start + "# credenciales\(end)kiosko-1 \(OfficeFixture.token) kiosco\(end)\(end)personal-ana \(OfficeFixture.otherToken)\(end)"
        for tokens in [try TerminalTokens.parse(text, file: "credenciales"), try TerminalTokens.load(try file(text, mode: 0o600))] {
            #expect(tokens.names == ["kiosko-1", "personal-ana"])
            #expect(tokens.terminal(presenting: OfficeFixture.token) == "kiosko-1")
            #expect(tokens.terminal(presenting: OfficeFixture.otherToken) == "personal-ana")
            #expect(tokens.isKiosk("kiosko-1") && !tokens.isKiosk("personal-ana"))
        }
    }

    @Test(arguments: [0o644, 0o640, 0o604, 0o660])
    func aTokensFileOthersMayReadIsRefused(_ mode: Int) throws {
        let path = try file("kiosko-1 \(OfficeFixture.token)\n", mode: mode)
        #expect {
            try TerminalTokens.load(path)
        } throws: { error in
            let message = (error as? SecretFile.Refusal)?.message ?? ""
            return message.contains("la pueden leer otros usuarios") && message.contains("chmod 600")
        }
    }

    @Test(arguments: [
        ("kiosko-1\n", "separados por un espacio"),
        ("kiosko-1 corta\n", "al menos 24 caracteres"),
        ("kiosko-1 \(OfficeFixture.token)\nkiosko-1 \(OfficeFixture.otherToken)\n", "ya está antes"),
        ("kiosko-1 \(OfficeFixture.token)\nkiosko-2 \(OfficeFixture.token)\n", "ya es de otra terminal"),
        ("# nada\n\n", "no tiene ninguna terminal"),
        ("kiosko 1 \(OfficeFixture.token)\n", "separados por un espacio"),
        ("kiosko-1 \(OfficeFixture.token) quiosco\n", "«kiosco» después si la terminal es un quiosco"),
    ])
    func aTokensFileThatIsWrongSaysWhereAndWhy(_ text: String, _ reason: String) throws {
        #expect {
            try TerminalTokens.parse(text, file: "credenciales")
        } throws: { error in
            (error as? SecretFile.Refusal)?.message.contains(reason) == true
        }
    }

    @Test func aTerminalsTokenFileMustBeItsOwnersAlone() throws {
        #expect(try TerminalCredential.read(try file("  \(OfficeFixture.token)\n", mode: 0o600)) == OfficeFixture.token)
        #expect(throws: SecretFile.Refusal.self) { try TerminalCredential.read(try file(OfficeFixture.token, mode: 0o644)) }
        #expect(throws: SecretFile.Refusal.self) { try TerminalCredential.read(try file("una dos\n", mode: 0o600)) }
        #expect(throws: SecretFile.Refusal.self) { try TerminalCredential.read("/nonexistent/credencial") }
        #expect(throws: SecretFile.Refusal.self) { try TerminalCredential.read(TemporaryDirectory.make("carpeta").path) }
    }

    /// A file that is not there, or a link that leads nowhere, is said in Spanish (the C library's words are
    /// English on a server without a Spanish locale).
    @Test func aMissingFileIsSaidInSpanish() throws {
        let folder = TemporaryDirectory.make("credencial")
        let dangling = folder.appendingPathComponent("enlace").path
        try FileManager.default.createSymbolicLink(atPath: dangling, withDestinationPath: folder.appendingPathComponent("nada").path)
        for path in ["/nonexistent/credencial", dangling] {
            #expect {
                try TerminalTokens.load(path)
            } throws: { error in
                let message = (error as? SecretFile.Refusal)?.message ?? ""
                return message.hasSuffix(": no existe.") && !message.contains("No such file")
            }
        }
    }

    /// The audit log names the terminal of each call by its credential, not the server.
    @Test func theAuditLogNamesTheTerminalOfEachCall() async throws {
        let fixture = try OfficeFixture()
        let server = try await RunningServer.start(OfficeServer(backend: fixture.backend, tokens: OfficeFixture.tokens,
                                                                logger: OfficeFixture.quietLogger))
        for token in [OfficeFixture.token, OfficeFixture.otherToken] {
            let backend = RemoteBackend(server.transport(token: token))
            let challenge = try await backend.newCaptcha(.picture)
            _ = try await backend.submit(ApplicationRequest(curp: try fixture.curp(withNSS: true),
                                                            email: try EmailAddress("ana.lopez@example.com"),
                                                            captchaID: challenge.id, captchaAnswer: OfficeFixture.captchaAnswer))
        }
        let submissions = try await fixture.backend.auditEvents().filter { $0.step == .submission }
        #expect(submissions.map(\.terminal) == [OfficeFixture.terminal, OfficeFixture.otherTerminal])
    }

    @Test func aServerAddressMustBeEncryptedUnlessOnThisMachine() {
        #expect(HTTPTransport.problem(with: "https://nss.oficina.example") == nil)
        #expect(HTTPTransport.problem(with: "http://127.0.0.1:8080") == nil)
        #expect(HTTPTransport.problem(with: "http://localhost:8080/") == nil)
        #expect(HTTPTransport.problem(with: "http://nss.oficina.example")?.contains("https://") == true)
        #expect(HTTPTransport.problem(with: "nss.oficina.example")?.contains("no es válida") == true)
        #expect(HTTPTransport.problem(with: "ftp://nss.oficina.example") != nil)
    }

    /// No server there: the call fails as unreachable (the screens say nothing was lost) once its
    /// attempts have used up their time.
    @Test func aServerThatIsNotThereIsUnreachable() async throws {
        let transport = HTTPTransport(server: URL(string: "http://127.0.0.1:9")!, token: OfficeFixture.token,
                                      attemptTimeout: .seconds(1), budget: .seconds(1))
        await #expect(throws: BackendError.unreachable) { try await RemoteBackend(transport).newCaptcha(.picture) }
    }
}
