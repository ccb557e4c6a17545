import BackendService
import EmbeddedBackend
import HTTPBackendClient
import Foundation
import NSSCore
import PostgresTestSupport
import ProcessKit
import Testing
import TestSupport

#if canImport(Glibc)
import Glibc
#endif

/// `nss-kiosk-server` as a program, and the wizard's service in front of it (`nss-kiosk-backend serve
/// --server … --token-file …`): the path every call of a remote terminal takes.
@Suite(.runsPrograms) struct ServerProcessTests {
    let directory = TemporaryDirectory.make("servidor")
    var data: URL { directory.appendingPathComponent("data") }
    var tokens: URL { directory.appendingPathComponent("credenciales") }
    var credential: URL { directory.appendingPathComponent("credencial-kiosko-1") }

    init() throws {
        try OfficeFixture.placeSharedSeal(in: directory.appendingPathComponent("data"))
        try write("\(OfficeFixture.terminal) \(OfficeFixture.token)\n", to: tokens)
        try write(OfficeFixture.token + "\n", to: credential)
    }

    private func write(_ text: String, to url: URL, mode: Int = 0o600) throws {
        try Data(text.utf8).write(to: url)
        try FileManager.default.setAttributes([.posixPermissions: mode], ofItemAtPath: url.path)
    }

    private func startServer(port: Int = 0, store: PostgresLocation? = nil, extra: [String] = []) async throws -> ServerProcess {
        try await ServerProcess.start(["--data", data.path, "--tokens", tokens.path, "--public-url", "https://nss.oficina.example",
                                       "--captcha-test-answer", OfficeFixture.captchaAnswer]
                                      + (store.map { ["--store", $0.url] } ?? []) + extra, port: port, in: directory)
    }

    /// Waits until `server` holds `count` calls (its metrics' gauge): what a test must know before it stops
    /// the server, whatever the machine's load. Fails after a minute.
    private func waitUntilHolding(_ count: Int, _ server: ServerProcess, metricsToken: String) async throws {
        for _ in 0..<600 {
            let metrics = try await RawHTTP.send(.GET, "\(server.base)/metricas", headers: [("Authorization", "Bearer \(metricsToken)")])
            let held = metrics.text.split(separator: "\n").first { $0.hasPrefix("nss_llamadas_en_espera ") }
                .flatMap { Double($0.split(separator: " ").last ?? "") }
            if held == Double(count) { return }
            try await Task.sleep(for: .milliseconds(100))
        }
        throw FixtureFailure("the server did not hold \(count) calls within a minute")
    }

    /// The wizard's own service, carrying the calls to `server`.
    private func service(_ server: ServerProcess, credential: URL? = nil) -> ServiceClient {
        ServiceClient(launch: .besideThisProgram(arguments: [
            "--data", directory.appendingPathComponent("terminal").path,
            "--server", server.base, "--token-file", (credential ?? self.credential).path,
        ]))
    }

    /// The store the server writes, as staff would read it on the server's machine.
    private func store(_ postgres: PostgresLocation? = nil) throws -> EmbeddedBackend {
        try EmbeddedBackend(configuration: EmbeddedConfiguration(dataDirectory: data, postgres: postgres),
                            logger: OfficeFixture.quietLogger)
    }

    private func waitForMail(_ id: ApplicationID, _ kind: MailKind, in store: EmbeddedBackend) async throws -> ReceivedMail {
        for _ in 0..<300 {
            if let mail = try OfficeFixture.mail(id, kind, in: store) { return mail }
            try await Task.sleep(for: .milliseconds(100))
        }
        throw FixtureFailure("no \(kind) email for the application")
    }

    /// Killed with SIGKILL mid-procedure — its outbox unwritable, so the confirmation email was still
    /// queued — and started again: the email is delivered by the new server, and the terminal goes on
    /// from where it was, through the same service; a call made while the server is down is tried
    /// again by itself until the server is back.
    /// The same with the store in PostgreSQL.
    @Test(arguments: [false, true])
    func theServerKilledMidProcedureLosesNothingAndTheTerminalGoesOn(onPostgreSQL: Bool) async throws {
        let postgres = onPostgreSQL ? try await TestPostgreSQL.makeDatabase() : nil
        var server = try await startServer(store: postgres)
        let client = service(server)
        try await client.start()
        defer { client.stop() }
        let backend = RemoteBackend(client)
        let local = try await onOwnThread { [self] in try store(postgres) }
        let curp = try await onOwnThread { try local.listRegistry(limit: 100) }.first { $0.nss == nil }!.curp

        // The outbox cannot be written: the confirmation email waits in the store.
        let outboxTmp = data.appendingPathComponent("outbox/tmp")
        try FileManager.default.removeItem(at: outboxTmp)
        try Data().write(to: outboxTmp)
        let challenge = try await backend.newCaptcha(.picture)
        let ticket = try await backend.submit(ApplicationRequest(curp: curp, email: try EmailAddress("ana.lopez@example.com"),
                                                                 captchaID: challenge.id, captchaAnswer: OfficeFixture.captchaAnswer))
        #expect(!ticket.emailDelivered)
        #expect(try await local.pendingMailJobs().count == 1)

        await server.killHard()
        try FileManager.default.removeItem(at: outboxTmp)
        try FileManager.default.createDirectory(at: outboxTmp, withIntermediateDirectories: false,
                                                attributes: [.posixPermissions: 0o700])
        server = try await startServer(port: server.port, store: postgres)

        // The new server delivers what the killed one left; the person confirms with its code.
        let mail = try await waitForMail(ticket.id, .confirmation, in: local)
        try await backend.confirm(ticket.id, code: ConfirmationEmail.code(in: mail.text)!)
        let person = try await backend.startProcedure(ticket.id)
        #expect(person.curp == curp)

        // Killed again between Paso 1 and Paso 2; Paso 2 is asked while it is down, and answered once
        // it is back, by the retries alone.
        await server.killHard()
        let port = server.port
        let paso2 = Task { try await backend.finishProcedure(ticket.id) }
        try await Task.sleep(for: .milliseconds(700))
        server = try await startServer(port: port, store: postgres)
        let result = try await paso2.value
        #expect(result.kind == .asignacion)
        #expect(try await backend.finishProcedure(ticket.id) == result, "Paso 2 again gives the same NSS")
        let documents = try await backend.documents(ticket.id)
        #expect(documents.count == 2)
        #expect(try await backend.document(documents[0].id).starts(with: Array("%PDF".utf8)))
        _ = try await waitForMail(ticket.id, .result, in: local)

        let audit = try await local.auditEvents()
        #expect(audit.filter { $0.step == .submission }.count == 1, "one application")
        #expect(audit.filter { $0.step != .emailDelivered }.allSatisfy { $0.terminal == OfficeFixture.terminal })
        server.signal(SIGTERM)
        #expect(await server.waitForExit() == 0)
        if let postgres { await TestPostgreSQL.drop(postgres) }
    }

    /// SIGTERM: the server stops by itself (exit status 0), answering a waiting call instead of making
    /// the stop wait for it; the next start goes on with the same store.
    /// A call held waiting for the link is answered at the stop (still pending), not cut.
    @Test func sigtermStopsTheServerCleanly() async throws {
        let metricsToken = "credencial-de-metricas-0123456789abcdef"
        let metricsFile = directory.appendingPathComponent("credencial-metricas")
        try write(metricsToken, to: metricsFile)
        let server = try await startServer(extra: ["--metrics-token-file", metricsFile.path])
        let terminal = RemoteBackend(HTTPTransport(server: URL(string: server.base)!, token: OfficeFixture.token,
                                                   attemptTimeout: .seconds(60), budget: .seconds(90), wait: .seconds(1)))
        let challenge = try await terminal.newCaptcha(.picture)
        let ticket = try await terminal.submit(ApplicationRequest(
            curp: try CURP("XORC070223MYNLDLA6"), email: try EmailAddress("ana.lopez@example.com"),
            captchaID: challenge.id, captchaAnswer: OfficeFixture.captchaAnswer))
        let waiting = Task {
            try await RawHTTP.send(.POST, "\(server.base)/v1/llamadas/confirmationStatus?espera=20",
                                   headers: [("Authorization", "Bearer \(OfficeFixture.token)")],
                                   body: Data("\"\(ticket.id.rawValue)\"".utf8))
        }
        // Stopped once the question is held (up to 20 s; the stop answers it at once): a fixed pause could
        // end, on a loaded machine, before the server had even read it.
        try await waitUntilHolding(1, server, metricsToken: metricsToken)
        server.signal(SIGTERM)
        #expect(await server.waitForExit() == 0, "\(server.printed)")
        let answer = try await waiting.value
        #expect(answer.status == 200 && answer.text.contains("pending"), "\(answer.status) \(answer.text)")
        let again = try await startServer()
        #expect(try await RawHTTP.send(.GET, "\(again.base)/salud").status == 200)
        again.signal(SIGTERM)
        #expect(await again.waitForExit() == 0)
    }

    @Test func aTerminalWhoseCredentialOthersMayReadDoesNotStart() async throws {
        let server = try await startServer()
        let open = directory.appendingPathComponent("credencial-abierta")
        try write(OfficeFixture.token, to: open, mode: 0o644)
        let client = service(server, credential: open)
        do {
            try await client.start()
            Issue.record("the service started with a credential others may read")
        } catch {
            #expect(error.message.contains("chmod 600"), "\(error.message)")
        }
    }

    @Test func theServerRefusesATokensFileOthersMayReadAndSaysWhy() async throws {
        try write("\(OfficeFixture.terminal) \(OfficeFixture.token)\n", to: tokens, mode: 0o644)
        let run = try await Run.program(URL(fileURLWithPath: ServerProcess.binary.path!), [
            "--data", data.path, "--tokens", tokens.path, "--public-url", "https://nss.oficina.example",
        ])
        #expect(run.status == 2)
        #expect(run.stderr.contains("la pueden leer otros usuarios"), "\(run.stderr)")
    }

    @Test func theServerNeedsThePublicAddressOfItsLinks() async throws {
        let run = try await Run.program(URL(fileURLWithPath: ServerProcess.binary.path!), ["--data", data.path, "--tokens", tokens.path])
        #expect(run.status == 2)
        #expect(run.stderr.contains("--public-url"), "\(run.stderr)")
    }
}
