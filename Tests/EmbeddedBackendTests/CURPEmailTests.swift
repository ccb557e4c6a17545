import EmbeddedBackend
import Foundation
import GRDB
import NSSCore
import Testing
import TestSupport

/// Once a CURP has a confirmed email, its procedures go there: knowing someone's CURP is not enough to
/// receive their NSS, name, birth data and sealed documents at an address of one's own.
@Suite(.runsPrograms) struct CURPEmailTests {
    let stranger = try! EmailAddress("otra.persona@example.net")

    @Test func aLaterProcedureGoesToTheConfirmedEmailWhateverIsTyped() async throws {
        let fixture = try Fixture()
        let curp = try fixture.person(withNSS: true).curp
        let first = try await fixture.submit(curp)
        try await fixture.backend.confirm(first.id, code: try fixture.code(first.id))

        let second = try await fixture.submit(curp, email: stranger)
        #expect(second.toAssociatedEmail)
        #expect(second.maskedEmail == fixture.email.masked)
        let mail = try #require(try fixture.mail(second.id, .confirmation).only)
        #expect(mail.header("To") == fixture.email.value, "the code went to the associated address")
        try await fixture.backend.confirm(second.id, code: try fixture.code(second.id))
        _ = try await fixture.backend.startProcedure(second.id)
        _ = try await fixture.backend.finishProcedure(second.id)
        await fixture.backend.deliverPendingMail()
        let result = try #require(try fixture.mail(second.id, .result).only)
        #expect(result.header("To") == fixture.email.value, "the NSS and documents went there too")
    }

    @Test func theSameAddressInOtherLettersIsTheSameMailbox() async throws {
        let fixture = try Fixture()
        let curp = try fixture.person(withNSS: false).curp
        let first = try await fixture.submit(curp)
        try await fixture.backend.confirm(first.id, code: try fixture.code(first.id))
        let again = try await fixture.submit(curp, email: try EmailAddress(fixture.email.value.uppercased()))
        #expect(!again.toAssociatedEmail)
        try await fixture.backend.confirm(again.id, code: try fixture.code(again.id))
    }

    /// Two applications for one CURP sent before either was confirmed, to two addresses: the first
    /// confirmed keeps the CURP; the other can no longer be confirmed, by code or by link.
    @Test func ofTwoPendingAddressesOnlyTheFirstConfirmedIsAssociated() async throws {
        let fixture = try Fixture()
        let curp = try fixture.person(withNSS: false).curp
        let mine = try await fixture.submit(curp)
        let theirs = try await fixture.submit(curp, email: stranger)
        let theirsByLink = try await fixture.submit(curp, email: try EmailAddress("tercera@example.org"))
        #expect(!theirs.toAssociatedEmail)
        try await fixture.backend.confirm(mine.id, code: try fixture.code(mine.id))
        await #expect(throws: BackendError.curpHasAnotherEmail) {
            try await fixture.backend.confirm(theirs.id, code: try fixture.code(theirs.id))
        }
        let link = try #require(ConfirmationEmail.link(in: try fixture.mail(theirsByLink.id, .confirmation).last!.text))
        await #expect(throws: BackendError.curpHasAnotherEmail) { try await fixture.backend.openLink(token: link.absoluteString) }
        await #expect(throws: BackendError.notConfirmed) { try await fixture.backend.startProcedure(theirs.id) }
    }

    @Test func staffChangeTheAddressAtTheCounterAndTheChangeIsRecorded() async throws {
        let fixture = try Fixture()
        let curp = try fixture.person(withNSS: false).curp
        let first = try await fixture.submit(curp)
        try await fixture.backend.confirm(first.id, code: try fixture.code(first.id))
        #expect(try fixture.backend.changeEmail(of: curp, to: stranger, staff: "Ventanilla 2", reason: "INE revisada"))
        let next = try await fixture.submit(curp, email: stranger)
        #expect(!next.toAssociatedEmail && next.maskedEmail == stranger.masked)

        let rows = try DatabaseQueue(path: fixture.backend.configuration.databaseURL.path).read { db in
            try Row.fetchAll(db, sql: "SELECT * FROM curp_email_change")
        }
        #expect(rows.count == 1)
        #expect(rows.first?["staff"] == "Ventanilla 2" && rows.first?["reason"] == "INE revisada")
        #expect(rows.first?["new_masked"] == stranger.masked && rows.first?["previous_masked"] == fixture.email.masked)
        let recorded = rows.map { $0.description }.joined()
        #expect(!recorded.contains(stranger.value) && !recorded.contains(fixture.email.value), "no address in clear")
        let unknown = try CURP("NUPJ900517MNTXXS04")
        #expect(try !fixture.backend.changeEmail(of: unknown, to: stranger, staff: "x", reason: "y"))
    }
}
