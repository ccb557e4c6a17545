@testable import EmbeddedBackend
import Foundation
import NSSCore
import Testing
import TestSupport

/// On the office server, a call on an application is admitted only for the credential that opened it,
/// whether its owner is read from the store or already known to the process.
@Suite(.runsPrograms) struct AdmissionTests {
    static let ana = CallOrigin.Credential(name: "ana", isKiosk: false)
    static let beto = CallOrigin.Credential(name: "beto", isKiosk: false)

    @Test func anOwnerKnownToTheProcessIsAdmittedAndNoOtherEver() async throws {
        let fixture = try Fixture()
        let curp = try fixture.person(withNSS: false).curp
        let ticket = try await CallOrigin.calling(as: Self.ana) { try await fixture.submit(curp) }
        let subject = CallSubject.application(ticket.id)

        // Another credential first: refused from the store, and the owner is known from then on.
        await #expect(throws: BackendError.applicationNotFound) {
            try await CallOrigin.calling(as: Self.beto) { try await fixture.backend.admit(subject) }
        }
        #expect(fixture.backend.knownOwners.owner(of: ticket.id.rawValue)?.account == "ana")
        try await CallOrigin.calling(as: Self.ana) { try await fixture.backend.admit(subject) }
        await #expect(throws: BackendError.applicationNotFound) {
            try await CallOrigin.calling(as: Self.beto) { try await fixture.backend.admit(subject) }
        }
        // A kiosk credential of the same name is another opener.
        await #expect(throws: BackendError.applicationNotFound) {
            try await CallOrigin.calling(as: CallOrigin.Credential(name: "ana", isKiosk: true)) {
                try await fixture.backend.admit(subject)
            }
        }
    }

    @Test func anApplicationPurgedAfterItsOwnerWasKnownIsNotFound() async throws {
        let fixture = try Fixture()
        let ticket = try await CallOrigin.calling(as: Self.ana) { try await fixture.submit(try fixture.person(withNSS: false).curp) }
        try await CallOrigin.calling(as: Self.ana) { try await fixture.backend.admit(.application(ticket.id)) }
        fixture.clock.advance(by: 40 * 86_400)
        #expect(try await fixture.backend.purge(before: fixture.clock.now.addingTimeInterval(-86_400)).applications == 1)
        try await CallOrigin.calling(as: Self.ana) {
            try await fixture.backend.admit(.application(ticket.id))
            await #expect(throws: BackendError.applicationNotFound) { try await fixture.backend.confirmationStatus(ticket.id) }
        }
    }

    @Test func theKnownOwnersForgetTheOldestHalfWhenFull() {
        let owners = KnownOwners()
        let opener = ApplicationTable.Opener(host: "h", account: "a", terminal: "t")
        for index in 0...KnownOwners.capacity { owners.remember(opener, of: "app-\(index)") }
        #expect(owners.owner(of: "app-0") == nil)
        #expect(owners.owner(of: "app-\(KnownOwners.capacity / 2 - 1)") == nil)
        #expect(owners.owner(of: "app-\(KnownOwners.capacity / 2 + 1)") == opener)
        #expect(owners.owner(of: "app-\(KnownOwners.capacity)") == opener)
    }
}
