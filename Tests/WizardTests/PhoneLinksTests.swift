import NSSCore
import Testing
@testable import Wizard
import WizardFixtures

/// «Llevar a mi teléfono» in the state machine: asked for only where the backend can give links, one
/// link shown at a time, closed by Esc, and gone with everything else at the wipe.
struct PhoneLinksTests {
    @Test func theButtonIsOfferedOnlyWhenTheEmailCarriedALink() {
        #expect(!WizardState.at(.documents).focusOrder.contains(.action(.phoneLinks)))
        #expect(WizardState.at(.documents, ticket: Fixtures.linkedTicket).focusOrder.contains(.action(.phoneLinks)))
        var state = WizardState.at(.documents)
        #expect(state.reduce(.perform(.phoneLinks)).isEmpty, "a key cannot press a button that is not there")
    }

    @Test func pressingItAsksTheBackendOnceAndShowsTheFirstLink() {
        var state = WizardState.at(.documents, ticket: Fixtures.linkedTicket)
        #expect(state.reduce(.perform(.phoneLinks)) == [.documentLinks(Fixtures.linkedTicket.id)])
        #expect(state.reduce(.perform(.phoneLinks)).isEmpty, "not asked twice while the first is on its way")
        state.answer(.documentLinks(Fixtures.documentLinks))
        #expect(state.phoneLinks?.current == Fixtures.documentLinks[0])
        #expect(state.focus == .action(.nextPhoneLink))
        _ = state.reduce(.activate)
        #expect(state.phoneLinks?.current == Fixtures.documentLinks[1])
        _ = state.reduce(.activate)
        #expect(state.phoneLinks?.current == Fixtures.documentLinks[0])
        _ = state.reduce(.perform(.back))
        #expect(state.phoneLinks == nil && state.step == .documents && state.focus == .action(.phoneLinks))
    }

    @Test func noLinksIsSaidAndTheDocumentsStay() {
        var state = WizardState.at(.documents, ticket: Fixtures.linkedTicket)
        _ = state.reduce(.perform(.phoneLinks))
        state.answer(.documentLinks([]))
        #expect(state.phoneLinks == nil)
        #expect(state.notice == .error(DocumentsWording.noPhoneLinks))
        #expect(state.documents == Fixtures.documents)
    }

    @Test func theWipeTakesTheLinks() {
        var state = WizardState.at(.documents, ticket: Fixtures.linkedTicket)
        _ = state.reduce(.perform(.phoneLinks))
        state.answer(.documentLinks(Fixtures.documentLinks))
        #expect(state.holdsPersonalData)
        let effects = state.reduce(.idleTimeout)
        #expect(effects.contains(.endSession(.idle)))
        #expect(state.phoneLinks == nil && !state.holdsPersonalData)
    }
}
