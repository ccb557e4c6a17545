@testable import EmbeddedBackend
import Foundation
import GRDB
import NSSCore
import Testing
import TestSupport

/// `nss-kiosk --resume` in the store: which applications an account is offered, masked, and that taking
/// one up takes no step of the procedure again.
@Suite(.runsPrograms) struct ResumeStoreTests {
    /// How many email jobs the store holds: every email ever enqueued.
    private func mailJobs(_ fixture: Fixture) async throws -> Int {
        try await fixture.backend.database.read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM mail_job") ?? 0 }
    }

    @Test func aSubmittedApplicationIsOfferedMaskedToItsAccountOnly() async throws {
        let fixture = try Fixture()
        let person = try fixture.person(withNSS: false)
        let ticket = try await fixture.submit(person.curp)

        let open = try await fixture.backend.openApplications()
        #expect(open.applications.map(\.id) == [ticket.id])
        let application = try #require(open.applications.first)
        #expect(application.stage == .waitingForConfirmation)
        #expect(application.maskedCURP == String(person.curp.value.prefix(4)) + String(repeating: "*", count: 14))
        #expect(application.maskedEmail == fixture.email.masked)
        #expect(application.folio == nil)
        #expect(application.resumableUntil == ticket.expiresAt)
        let encoded = String(decoding: try JSONEncoder().encode(open), as: UTF8.self)
        #expect(!encoded.contains(person.curp.value) && !encoded.contains(fixture.email.value), "nothing in full: \(encoded)")

        // Another account on this host, the same account on another host, a kiosk: none is offered it.
        for other in [try fixture.another(account: "otra-cuenta"), try fixture.another(account: fixture.backend.configuration.account,
                                                                                         host: "otro-equipo"),
                      try fixture.another(account: nil)] {
            #expect(try await other.openApplications().applications.isEmpty)
            await #expect(throws: BackendError.applicationNotFound) { try await other.resumeApplication(ticket.id) }
        }
        // The same account on another terminal (an SSH reconnection gets another pts) is.
        let reconnected = try fixture.another(account: fixture.backend.configuration.account, terminal: "oficina/pts/12")
        #expect(try await reconnected.openApplications().applications.map(\.id) == [ticket.id])
    }

    @Test func aKiosksApplicationsAreNeverOffered() async throws {
        let fixture = try Fixture()
        let kiosk = try fixture.another(account: nil, terminal: "kiosko-1/tty1")
        let challenge = try await kiosk.newCaptcha()
        let ticket = try await kiosk.submit(ApplicationRequest(curp: try fixture.person(withNSS: true).curp, email: fixture.email,
                                                               captchaID: challenge.id, captchaAnswer: Fixture.captchaAnswer))
        #expect(try await fixture.backend.openApplications().applications.isEmpty)
        await #expect(throws: BackendError.applicationNotFound) { try await fixture.backend.resumeApplication(ticket.id) }
    }

    @Test func anExpiredApplicationIsCountedNotOffered() async throws {
        let fixture = try Fixture()
        let ticket = try await fixture.submit(try fixture.person(withNSS: true).curp)
        fixture.clock.advance(by: fixture.backend.configuration.limits.confirmationLifetime + 1)
        let open = try await fixture.backend.openApplications()
        #expect(open.applications.isEmpty)
        #expect(open.expired == 1)
        await #expect(throws: BackendError.confirmationExpired) { try await fixture.backend.resumeApplication(ticket.id) }
        // A day later it is not even mentioned.
        fixture.clock.advance(by: 24 * 3600)
        #expect(try await fixture.backend.openApplications() == OpenApplications(applications: [], expired: 0))
    }

    @Test func anApplicationLeftOnPurposeIsOfferedNoMore() async throws {
        let fixture = try Fixture()
        let ticket = try await fixture.submit(try fixture.person(withNSS: true).curp)
        // Another account cannot leave it (or move it) for its owner.
        await #expect(throws: BackendError.applicationNotFound) {
            try await fixture.another(account: "otra-cuenta").recordProgress(ticket.id, .left)
        }
        #expect(try await fixture.backend.openApplications().applications.count == 1)
        try await fixture.backend.recordProgress(ticket.id, .left)
        #expect(try await fixture.backend.openApplications() == OpenApplications(applications: [], expired: 0))
        await #expect(throws: BackendError.applicationNotFound) { try await fixture.backend.resumeApplication(ticket.id) }
    }

    @Test func resumingWaitingForTheConfirmationSendsNoEmailAndTheCodeStillWorks() async throws {
        let fixture = try Fixture()
        let ticket = try await fixture.submit(try fixture.person(withNSS: true).curp)
        await fixture.backend.deliverPendingMail()
        let jobs = try await mailJobs(fixture)
        let resumed = try await fixture.backend.resumeApplication(ticket.id)
        #expect(resumed.stage == .waitingForConfirmation)
        #expect(resumed.ticket.id == ticket.id && resumed.ticket.expiresAt == ticket.expiresAt)
        #expect(resumed.ticket.maskedEmail == ticket.maskedEmail && resumed.ticket.emailDelivered)
        #expect(resumed.person == nil && resumed.result == nil)
        #expect(try await mailJobs(fixture) == jobs, "no second email")
        try await fixture.backend.confirm(ticket.id, code: try fixture.code(ticket.id))
    }

    /// Each step the backend took, and each screen without a call it was told of, is where it goes on.
    @Test func theStageFollowsTheStepsAndTheScreensReached() async throws {
        let fixture = try Fixture()
        let person = try fixture.person(withNSS: false)
        let ticket = try await fixture.submit(person.curp)
        func stage() async throws -> ProcedureStage? { try await fixture.backend.openApplications().applications.first?.stage }
        try await fixture.backend.confirm(ticket.id, code: try fixture.code(ticket.id))
        #expect(try await stage() == .confirmed)
        _ = try await fixture.backend.startProcedure(ticket.id)
        #expect(try await stage() == .startProcedure)
        try await fixture.backend.recordProgress(ticket.id, .finishProcedure)
        #expect(try await stage() == .finishProcedure)
        try await fixture.backend.recordProgress(ticket.id, .startProcedure)
        #expect(try await stage() == .startProcedure)
        try await fixture.backend.recordProgress(ticket.id, .finishProcedure)
        let result = try await fixture.backend.finishProcedure(ticket.id)
        await fixture.backend.deliverPendingMail()
        #expect(try await stage() == .result)
        try await fixture.backend.recordProgress(ticket.id, .documents)
        #expect(try await stage() == .documents)
        #expect(try await fixture.backend.openApplications().applications.first?.folio == result.folio)

        let jobs = try await mailJobs(fixture)
        let resumed = try await fixture.backend.resumeApplication(ticket.id)
        #expect(resumed.stage == .documents)
        #expect(resumed.result == result, "the stored NSS and folio, not a second Paso 2")
        #expect(resumed.person?.curp == person.curp)
        #expect(resumed.resultEmailSent)
        #expect(try await mailJobs(fixture) == jobs, "no email")
        #expect(try fixture.backend.listRegistry(limit: 600).filter { $0.nss == result.nss }.count == 1, "one NSS")
    }

    @Test func resumingIsAuditedOnTheNewTerminal() async throws {
        let fixture = try Fixture()
        let ticket = try await fixture.submit(try fixture.person(withNSS: true).curp)
        let reconnected = try fixture.another(account: fixture.backend.configuration.account, terminal: "oficina/pts/12")
        _ = try await reconnected.resumeApplication(ticket.id)
        let last = try #require(try await fixture.backend.auditEvents().last)
        #expect(last.step == .resume && last.outcome == "hecho" && last.terminal == "oficina/pts/12")
        #expect(last.application == ticket.id.rawValue)
    }
}
