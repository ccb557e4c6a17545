import EmbeddedBackend
import Foundation
import Testing
import TestSupport

/// Mail through a sendmail-compatible command instead of the Maildir.
@Suite(.runsPrograms) struct SendmailTests {
    @Test func theMessageGoesToTheCommandsStandardInput() async throws {
        let directory = TemporaryDirectory.make("sendmail")
        let script = directory.appendingPathComponent("sendmail")
        let captured = directory.appendingPathComponent("message.eml")
        try Data("#!/bin/sh\n[ \"$1\" = \"-t\" ] && [ \"$2\" = \"-i\" ] || exit 64\ncat > '\(captured.path)'\n".utf8).write(to: script)
        try FileManager.default.setAttributes([.posixPermissions: 0o700], ofItemAtPath: script.path)
        let fixture = try Fixture(mailDelivery: .sendmail(command: [script.path, "-t", "-i"]))
        #expect(fixture.backend.maildir == nil)
        let ticket = try await fixture.submit(try fixture.person(withNSS: false).curp)
        let mail = try #require(ReceivedMail(contentsOf: captured))
        #expect(mail.header("X-NSS-Application") == ticket.id.rawValue)
        #expect(mail.subject == ConfirmationEmail.subject)
        #expect(mail.header("To") == fixture.email.value)
    }
}
