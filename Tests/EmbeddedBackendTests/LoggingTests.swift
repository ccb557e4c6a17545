import EmbeddedBackend
import Foundation
import NSSCore
import Testing
import TestSupport

/// The log says what happened and to which opaque id, never who: no CURP, name, email, NSS, code or token.
@Suite(.runsPrograms) struct LoggingTests {
    @Test func logsCarryNoPersonalData() async throws {
        let log = CapturedLog()
        let fixture = try Fixture(logger: log.logger)
        let people = try fixture.backend.listRegistry(limit: 100)
        let assigned = people.first { $0.nss == nil }!
        let located = people.first { $0.nss != nil }!
        var secrets: [String] = []
        var results: [NSSResult] = []
        for person in [assigned, located] {
            await #expect(throws: BackendError.captchaWrong) { try await fixture.submit(person.curp, answer: "mal") }
            let ticket = try await fixture.submit(person.curp)
            await #expect(throws: BackendError.codeWrong(attemptsLeft: 4)) {
                try await fixture.backend.confirm(ticket.id, code: "ZZZZ-ZZZZ")
            }
            let mail = try fixture.mail(ticket.id, .confirmation)[0]
            let link = try #require(ConfirmationEmail.link(in: mail.text))
            let code = ConfirmationEmail.code(in: mail.text)!
            secrets += [code, code.replacingOccurrences(of: "-", with: ""), link.absoluteString,
                        link.lastPathComponent]
            try await fixture.backend.openLink(token: link.absoluteString)
            _ = try await fixture.backend.startProcedure(ticket.id)
            results.append(try await fixture.backend.finishProcedure(ticket.id))
            for info in try await fixture.backend.documents(ticket.id) { _ = try await fixture.backend.document(info.id) }
            try await fixture.backend.emailDocuments(ticket.id)
            _ = try await fixture.backend.lookupCURP(PersonQuery(
                givenNames: person.givenNames, firstSurname: person.firstSurname, secondSurname: person.secondSurname,
                birthDate: person.birthDate, sex: person.sex, birthState: person.birthState))
        }
        let text = log.text
        #expect(text.contains("procedure finished") && text.contains("document rendered"), "the log has the events")
        var personal = [fixture.email.value, fixture.email.masked] + secrets
        for person in [assigned, located] {
            personal += [person.curp.value, person.givenNames, person.fullName] + [person.firstSurname, person.secondSurname].compactMap { $0 }
        }
        for result in results {
            personal += [result.nss.digits, result.nss.formatted, result.folio.value]
        }
        for value in personal {
            #expect(!text.contains(value), "the log contains \(value)")
        }
    }

    /// A mail command that fails does not fail the submission: the email stays a pending job, and the
    /// log says why without the address.
    @Test func mailFailuresAreLoggedWithTheirReasonOnly() async throws {
        let log = CapturedLog()
        let fixture = try Fixture(mailDelivery: .sendmail(command: ["/bin/false"]), logger: log.logger)
        let curp = try fixture.person(withNSS: false).curp
        let ticket = try await fixture.submit(curp)
        #expect(log.text.contains("email not delivered; will retry"))
        #expect(log.text.contains("el comando de correo terminó con estado 1"))
        #expect(log.text.contains("application=\(ticket.id.rawValue)"))
        let pending = try await fixture.backend.pendingMailJobs()
        #expect(pending.map(\.kind) == ["confirmacion"])
        #expect(pending.first?.lastError == "el comando de correo terminó con estado 1")
        #expect(!log.text.contains(curp.value) && !log.text.contains(fixture.email.value))
    }
}
