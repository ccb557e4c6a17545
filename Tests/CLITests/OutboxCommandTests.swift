import EmbeddedBackend
import Foundation
import Logging
import NSSCore
import Testing
import TestSupport

/// `nss-kiosk outbox --pending`: the email not delivered yet, for staff, without addresses in clear.
@Suite(.runsPrograms) struct OutboxCommandTests {
    @Test func aFreshInstallationHasNothingPending() async throws {
        let data = RegistryCommandTests.dataDirectory()
        defer { try? FileManager.default.removeItem(atPath: data) }
        let run = try await Run.nssKiosk(["outbox", "--pending", "--data", data])
        #expect(run.status == 0)
        #expect(run.stdout == "No hay correos pendientes.\n")
    }

    @Test func anEmailThatCouldNotBeWrittenIsListedWithItsReason() async throws {
        let data = URL(fileURLWithPath: RegistryCommandTests.dataDirectory())
        defer { try? FileManager.default.removeItem(at: data) }
        let answer = "Gb7hEr"
        let backend = try EmbeddedBackend(configuration: EmbeddedConfiguration(dataDirectory: data, captchaTestAnswer: answer),
                                          logger: Logger(label: "nss-kiosk.cli-tests") { _ in SwiftLogNoOpLogHandler() })
        // The outbox's tmp/ a file: no message can be written.
        let tmp = backend.configuration.outboxDirectory.appendingPathComponent("tmp")
        try FileManager.default.removeItem(at: tmp)
        #expect(FileManager.default.createFile(atPath: tmp.path, contents: Data()))
        let person = try #require(try backend.listRegistry(limit: 1).first)
        let challenge = try await backend.newCaptcha()
        _ = try await backend.submit(ApplicationRequest(curp: person.curp, email: try EmailAddress("persona@example.com"),
                                                        captchaID: challenge.id, captchaAnswer: answer))
        let run = try await Run.nssKiosk(["outbox", "--pending", "--data", data.path])
        #expect(run.status == 0)
        let rows = run.stdout.split(separator: "\n").map { $0.split(separator: "\t").map(String.init) }
        #expect(rows.first == ["número", "tipo", "destinatario", "intentos", "próximo intento", "motivo"])
        #expect(rows.count == 2)
        #expect(rows.last?[1] == "confirmacion")
        #expect(rows.last?[2] == (try EmailAddress("persona@example.com")).masked)
        #expect(["1", "2"].contains(rows.last?[3] ?? ""), "tried by submit, and by the command if already due")
        #expect(rows.last?[5] == "no se pudo escribir en el buzón (open: errno 20, no es una carpeta)")
        #expect(!run.stdout.contains("persona@example.com") && !run.stdout.contains(person.curp.value))
    }
}
