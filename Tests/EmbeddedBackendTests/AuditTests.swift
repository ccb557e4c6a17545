@testable import EmbeddedBackend
import Foundation
import NSSCore
import Testing
import TestSupport

/// The audit log says what happened to each procedure, where and when, and never who; `purge` removes
/// exactly the old applications and what hangs from them, and leaves the log.
@Suite(.runsPrograms) struct AuditTests {
    /// A whole application, its result email delivered: the CSV an auditor gets.
    private func finishedApplication(_ fixture: Fixture, _ person: PersonRecord) async throws -> (ApplicationID, NSSResult) {
        let id = try await fixture.started(person.curp)
        let result = try await fixture.backend.finishProcedure(id)
        await fixture.backend.deliverPendingMail()
        return (id, result)
    }

    @Test func aWholeProcedureIsAuditedStepByStepWithoutPersonalData() async throws {
        let fixture = try Fixture()
        let person = try fixture.person(withNSS: false)
        _ = try? await fixture.submit(person.curp, answer: "equivocada")
        let (id, result) = try await finishedApplication(fixture, person)
        _ = try await fixture.backend.emailDocuments(id)
        await fixture.backend.deliverPendingMail()

        let events = try await fixture.backend.auditEvents()
        #expect(events.map { "\($0.step.rawValue) \($0.outcome)" } == [
            "solicitud captcha-wrong", "solicitud hecho", "correo-entregado confirmacion", "confirmacion hecho",
            "paso-1 hecho", "paso-2 hecho", "correo-entregado resultado", "copia-por-correo hecho",
            "correo-entregado copia",
        ])
        #expect(events.first?.application == nil)
        #expect(events.dropFirst().allSatisfy { $0.application == id.rawValue && $0.terminal == "personal" })
        #expect(events.first { $0.step == .finish }?.folio == result.folio.value)

        let csv = ([AuditEvent.csvHeader] + events.map(\.csvLine)).joined(separator: "\n")
        let personal = [person.curp.value, person.givenNames, person.firstSurname ?? "-", result.nss.digits,
                        fixture.email.value, "ana.lopez"]
        for text in personal { #expect(!csv.localizedCaseInsensitiveContains(text), "«\(text)» in the audit log") }
    }

    @Test func aHostileTerminalNameCannotBreakTheCSVOrRunInASpreadsheet() {
        #expect(AuditEvent.csvField("=HYPERLINK(\"x\")") == "\"'=HYPERLINK(\"\"x\"\")\"")
        #expect(AuditEvent.csvField("a,b") == "\"a,b\"")
        #expect(AuditEvent.csvField("kiosko-2/tty1") == "kiosko-2/tty1")
        #expect(!AuditEvent.csvField("a\nb").contains("\n") || AuditEvent.csvField("a\nb").hasPrefix("\""))
    }

    @Test func purgeRemovesExactlyTheOldApplicationsAndKeepsTheLog() async throws {
        let fixture = try Fixture()
        let people = try fixture.backend.listRegistry(limit: 100).filter { $0.nss != nil }
        let (old, _) = try await finishedApplication(fixture, people[0])
        let abandoned = try await fixture.submit(people[1].curp).id
        fixture.clock.advance(by: 40 * 86_400)
        let (recent, _) = try await finishedApplication(fixture, people[2])
        let beforePurge = try await fixture.backend.auditEvents().count

        let report = try await fixture.backend.purge(before: fixture.clock.reading().addingTimeInterval(-30 * 86_400))
        #expect(report == PurgeReport(applications: 2, emails: 3, documents: 1, keptForPendingMail: 0))
        for id in [old, abandoned] {
            await #expect(throws: BackendError.applicationNotFound) { try await fixture.backend.documents(id) }
            #expect(try fixture.mail(id, .confirmation).isEmpty && fixture.mail(id, .result).isEmpty)
        }
        #expect(try await fixture.backend.documents(recent).count == 2)
        #expect(try fixture.mail(recent, .result).count == 1)
        let events = try await fixture.backend.auditEvents()
        #expect(events.count == beforePurge + 2)
        #expect(Set(events.filter { $0.step == .purge }.compactMap(\.application)) == [old.rawValue, abandoned.rawValue])
        #expect(try await fixture.backend.purge(before: fixture.clock.reading().addingTimeInterval(-30 * 86_400)) == PurgeReport())
    }

    @Test func anApplicationWhoseEmailStillWaitsIsKept() async throws {
        let fixture = try Fixture()
        let person = try fixture.person(withNSS: true)
        let id = try await fixture.started(person.curp)
        try fixture.outboxWritable(false)
        _ = try await fixture.backend.finishProcedure(id)
        await fixture.backend.deliverPendingMail()
        fixture.clock.advance(by: 40 * 86_400)
        let report = try await fixture.backend.purge(before: fixture.clock.reading().addingTimeInterval(-30 * 86_400))
        #expect(report.applications == 0 && report.keptForPendingMail == 1)
        #expect(try await fixture.backend.documents(id).count == 2)
    }
}
