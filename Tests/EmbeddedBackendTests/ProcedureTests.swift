import EmbeddedBackend
import Foundation
import NSSCore
import Testing
import TestSupport

/// Paso 2 of the embedded backend: how numbers are assigned, the result email, the documents.
@Suite(.runsPrograms) struct ProcedureTests {
    @Test func asignacionUsesTheSubdelegationThisYearAndTheNextConsecutive() async throws {
        let fixture = try Fixture()
        let people = try fixture.backend.listRegistry(limit: 600).filter { $0.nss == nil }
        let first = people[0]
        let twin = try #require(people.dropFirst().first { $0.birthDate.year == first.birthDate.year })
        let a = try await fixture.backend.finishProcedure(try await fixture.started(first.curp))
        let b = try await fixture.backend.finishProcedure(try await fixture.started(twin.curp))
        let prefix = "1825" + String(format: "%02d", first.birthDate.year % 100)
        #expect(a.nss.digits.hasPrefix(prefix) && b.nss.digits.hasPrefix(prefix))
        #expect(b.nss.consecutive == a.nss.consecutive + 1)
        #expect(a.nss == NSS(subdelegation: 18, registrationYear: 2025, birthYear: first.birthDate.year,
                             consecutive: a.nss.consecutive))
    }

    @Test func theConfiguredSubdelegationIsUsed() async throws {
        let directory = TemporaryDirectory.make()
        let clock = TestClock()
        let backend = try EmbeddedBackend(configuration: EmbeddedConfiguration(
            dataDirectory: directory, captchaTestAnswer: Fixture.captchaAnswer, subdelegation: 7, clock: clock.reading),
            logger: Fixture.quietLogger)
        let person = try backend.listRegistry(limit: 50).first { $0.nss == nil }!
        let challenge = try await backend.newCaptcha()
        let ticket = try await backend.submit(ApplicationRequest(curp: person.curp, email: try EmailAddress("a@example.com"),
                                                                 captchaID: challenge.id, captchaAnswer: Fixture.captchaAnswer))
        let mail = try backend.maildir!.messageFiles().compactMap(ReceivedMail.init(contentsOf:))[0]
        try await backend.confirm(ticket.id, code: ConfirmationEmail.code(in: mail.text)!)
        _ = try await backend.startProcedure(ticket.id)
        #expect(try await backend.finishProcedure(ticket.id).nss.subdelegation == 7)
    }

    @Test func resultEmailCarriesTheNSSFolioAndDateOnce() async throws {
        let fixture = try Fixture()
        let id = try await fixture.started(try fixture.person(withNSS: false).curp)
        let result = try await fixture.backend.finishProcedure(id)
        _ = try await fixture.backend.finishProcedure(id)
        await fixture.backend.deliverPendingMail()
        let mails = try fixture.mail(id, .result)
        #expect(mails.count == 1)
        let mail = try #require(mails.first)
        #expect(mail.subject == "Servicio Digital: Tu Número de Seguridad Social (NSS)")
        #expect(mail.text.contains("Tu Número de Seguridad Social (NSS) es: \(result.nss.formatted)"))
        #expect(mail.text.contains("Folio: \(result.folio.value)"))
        #expect(mail.text.contains("Fecha: 18/02/2025"))
        #expect(mail.text.contains("Tipo de trámite: Asignación de NSS"))
        #expect(result.folio.issuedAt == Date(timeIntervalSince1970: 1_739_936_907.655))
    }

    @Test func documentIDsNameTheFolio() async throws {
        let fixture = try Fixture()
        let id = try await fixture.started(try fixture.person(withNSS: true).curp)
        let result = try await fixture.backend.finishProcedure(id)
        let documents = try await fixture.backend.documents(id)
        #expect(documents.map(\.id.rawValue) == ["\(result.folio.value)-constancia", "\(result.folio.value)-tarjeta"])
        #expect(documents.allSatisfy { $0.date == result.date })
    }

    @Test func aSecondApplicationOfAnAssignedPersonIsALocalizacion() async throws {
        let fixture = try Fixture()
        let curp = try fixture.person(withNSS: false).curp
        let first = try await fixture.backend.finishProcedure(try await fixture.started(curp))
        let second = try await fixture.backend.finishProcedure(try await fixture.started(curp))
        #expect(first.kind == .asignacion)
        #expect(second.kind == .localizacion && second.nss == first.nss && second.folio != first.folio)
    }
}

/// With the real clock, which has sub-millisecond precision, the second Paso 2 answers the very same
/// instant as the first (it is read back from the store).
@Suite(.runsPrograms) struct RealClockTests {
    @Test func aSecondPaso2OnTheRealClockAnswersTheSameInstant() async throws {
        let fixture = try Fixture()
        let configuration = EmbeddedConfiguration(
            dataDirectory: fixture.backend.configuration.dataDirectory, captchaTestAnswer: Fixture.captchaAnswer,
            clock: { Date(timeIntervalSinceReferenceDate: 817_357_247.305_679) })   // does not survive seconds-since-1970
        let backend = try EmbeddedBackend(configuration: configuration, logger: Fixture.quietLogger)
        let harness = EmbeddedHarness()
        let curp = try await harness.curpWithoutNSS(in: backend)
        let challenge = try await backend.newCaptcha()
        let ticket = try await backend.submit(ApplicationRequest(curp: curp, email: fixture.email, captchaID: challenge.id,
                                                                 captchaAnswer: Fixture.captchaAnswer))
        try await backend.confirm(ticket.id, code: try await harness.confirmationCode(for: ticket, in: backend))
        _ = try await backend.startProcedure(ticket.id)
        let first = try await backend.finishProcedure(ticket.id)
        let second = try await backend.finishProcedure(ticket.id)
        #expect(first == second)
        await backend.deliverPendingMail()
    }
}
