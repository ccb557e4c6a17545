import EmbeddedBackend
import Foundation
import Testing
import TestSupport

/// The Maildir outbox: its layout, its modes, and that mail clients read it.
@Suite(.runsPrograms) struct MaildirTests {
    @Test func outboxIsAMaildirOfPrivateFiles() async throws {
        let fixture = try Fixture()
        let ticket = try await fixture.submit(try fixture.person(withNSS: false).curp)
        let outbox = fixture.backend.configuration.outboxDirectory
        for folder in ["tmp", "new", "cur"] {
            #expect(try fileMode(outbox.appendingPathComponent(folder)) == 0o700, "\(folder)/ is 0700")
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: outbox.appendingPathComponent("tmp").path).isEmpty)
        let files = try fixture.backend.maildir!.messageFiles()
        #expect(files.count == 1)
        #expect(files.allSatisfy { $0.deletingLastPathComponent().lastPathComponent == "new" })
        #expect(try files.allSatisfy { try fileMode($0) == 0o600 })
        #expect(try fixture.mail(ticket.id, .confirmation).count == 1)
    }

    @Test(.enabled(if: Tool.mutt.isInstalled && Tool.script.isInstalled))
    func muttReadsTheOutboxAndDecodesTheSpanishText() async throws {
        let fixture = try Fixture()
        let ticket = try await fixture.submit(try fixture.person(withNSS: false).curp)
        let shown = try await Mutt.showsFirstMessage(of: fixture.backend.configuration.outboxDirectory)
        #expect(shown.contains("Subject: Servicio Digital: Solicitud de Asignación o Localización de NSS"))
        #expect(shown.contains("Estimado(a) Asegurado(a):"))
        #expect(shown.contains("Código de confirmación: \(try fixture.code(ticket.id))"))
    }

    @Test(.enabled(if: Tool.mutt.isInstalled && Tool.script.isInstalled))
    func muttShowsAttachments() async throws {
        let directory = TemporaryDirectory.make()
        let maildir = MaildirOutbox(directory: directory)
        try maildir.prepare()
        try await maildir.deliver(MailSamples.withAttachments().rendered(), key: "muestra")
        let shown = try await Mutt.showsFirstMessage(of: directory)
        #expect(shown.contains("Tu Número de Seguridad Social"))
        #expect(shown.contains("constancia.pdf"))
        #expect(shown.contains("Tarjeta de Número de Seguridad Social.pdf"))
    }
}
