import Foundation
import NSSCore
import PropertyBased
import Testing
@testable import Wizard
import WizardFixtures

/// Random sequences of everything that can happen to the wizard, checked against its invariants after
/// every single event.
@Suite struct RandomEventSequenceTests {
    /// One thing that can happen; `answer` and `fail` reply to a call actually in flight, as the run
    /// loop would, `stale` replies for an older session.
    enum Move: CaseIterable {
        case typeCURP, typeEmail, typeCode, typeJunk, typeCaptcha, deleteBackward, clear
        case focusNext, focusPrevious, activate, check
        case next, back, exit, openLookup, searchLookup, chooseFirst, closeLookup, useSuggestion
        case refreshCaptcha, confirmCode, resend, changeEmail, finish, save, print, emailCopy, failDelivery
        case phoneLinks, nextPhoneLink, closePhoneLinks
        case tick, answer, answerConfirmed, answerExpired, fail, failUnreachable, stale, idle
        /// `--resume`'s list (only before anything else happened, as the program opens it), and its first row.
        case resumeList, chooseApplication
        /// What a person who knows the way would do next: keeps sequences reaching the last screens.
        case progress
    }

    /// Every move, with `progress` weighted so that most sequences go deep into the procedure.
    static let weighted: [Move] = Move.allCases + Array(repeating: .progress, count: 3 * Move.allCases.count)
    static let moves = Gen<Move?>.element(of: weighted).compactMap { $0 }.array(of: 1...150)

    @Test func invariantsHoldAfterEveryEvent() async {
        await propertyCheck(count: 400, input: Self.moves) { moves in
            var state = WizardState()
            for move in moves {
                let before = state
                let effects = Self.apply(move, to: &state)
                Self.checkInvariants(state, after: move, before: before, effects: effects)
            }
        }
    }

    @Test func randomSequencesReachEveryScreen() async {
        let reached = StepsReached()
        await propertyCheck(count: 400, input: Self.moves) { moves in
            var state = WizardState()
            for move in moves {
                _ = Self.apply(move, to: &state)
                reached.insert(state.step)
            }
        }
        #expect(reached.all == Set(Step.allCases), "the generator must exercise the whole procedure")
    }

    /// Applies one move: `resumeList` opens the list as `--resume` does at the start, any other is an event.
    static func apply(_ move: Move, to state: inout WizardState) -> [Effect] {
        if move == .resumeList {
            return state.holdsPersonalData || state.step != .curp ? [] : state.beginResume()
        }
        return state.reduce(event(for: move, in: state))
    }

    static func event(for move: Move, in s: WizardState) -> Event {
        switch move {
        case .typeCURP: .edit(.insert(Fixtures.curp))
        case .typeEmail: .edit(.insert(Fixtures.email))
        case .typeCode: .edit(.insert("ABCD-EFGH"))
        case .typeJunk: .edit(.insert("x\u{1B}ñ 9@"))
        case .typeCaptcha: .edit(.insert("ABC"))
        case .deleteBackward: .edit(.deleteBackward)
        case .clear: .edit(.clear)
        case .focusNext: .focusNext
        case .focusPrevious: .focusPrevious
        case .activate: .activate
        case .check: .check(s.lastField)
        case .next: .perform(.next)
        case .back: .perform(.back)
        case .exit: .perform(.exit)
        case .openLookup: .perform(.openLookup)
        case .searchLookup: .perform(.searchLookup)
        case .chooseFirst: .perform(.chooseMatch(0))
        case .closeLookup: .perform(.closeLookup)
        case .useSuggestion: .perform(.useEmailSuggestion)
        case .refreshCaptcha: .perform(.refreshCaptcha)
        case .confirmCode: .perform(.confirmCode)
        case .resend: .perform(.resendEmail)
        case .changeEmail: .perform(.changeEmail)
        case .finish: .perform(.finish)
        case .save: .perform(.saveDocuments)
        case .print: .perform(.printDocuments)
        case .emailCopy: .perform(.emailDocuments)
        case .phoneLinks: .perform(.phoneLinks)
        case .nextPhoneLink: .perform(.nextPhoneLink)
        case .closePhoneLinks: .perform(.closePhoneLinks)
        case .failDelivery: .deliveryFailed(s.inFlight.first ?? .save, DeliveryFailure("sin impresora"), session: s.session)
        case .tick: .tick(Fixtures.now)
        case .answer: answer(s, confirmed: false)
        case .answerConfirmed: answer(s, confirmed: true)
        case .answerExpired: .reply(.status(.expired), session: s.session)
        case .fail: .failure(s.inFlight.first ?? .submit, .captchaWrong, session: s.session)
        case .failUnreachable: .failure(s.inFlight.first ?? .poll, .unreachable, session: s.session)
        case .stale: .reply(.finished(Fixtures.result, emailSent: true), session: s.session - 1)
        case .idle: .idleTimeout
        case .progress: progress(s)
        case .resumeList: .tick(Fixtures.now)
        case .chooseApplication: .perform(.resumeApplication(0))
        }
    }

    /// The next event of a correct walk-through from wherever the state is.
    static func progress(_ s: WizardState) -> Event {
        if s.lookup != nil { return .perform(.closeLookup) }
        if s.resumeChoice?.applications != nil { return .perform(.resumeApplication(0)) }
        if !s.inFlight.isEmpty { return answer(s, confirmed: true) }
        func fill(_ field: FieldID, with text: String) -> Event {
            if s.status(of: field).isValid { return .perform(.next) }
            if s.focus != .field(field) { return .focusNext }
            return s.text(field).isEmpty ? .edit(.insert(text)) : .edit(.clear)
        }
        switch s.step {
        case .curp: return fill(.curp, with: Fixtures.curp)
        case .email: return fill(.email, with: Fixtures.email)
        case .emailConfirmation: return fill(.emailConfirmation, with: Fixtures.email)
        case .captcha:
            if s.captcha == nil { return .perform(.refreshCaptcha) }
            return fill(.captchaAnswer, with: "ABC")
        case .waitingForLink: return s.confirmationExpired ? .perform(.resendEmail) : .tick(Fixtures.now)
        case .startProcedure, .finishProcedure, .result: return .perform(.next)
        case .documents: return .focusNext
        }
    }

    /// A plausible successful answer to one of the calls in flight.
    static func answer(_ s: WizardState, confirmed: Bool) -> Event {
        let reply: Reply = switch s.inFlight.sorted(by: { "\($0)" < "\($1)" }).first ?? .poll {
        case .captcha: .captcha(Fixtures.captcha)
        // Half the sessions at an office whose server a phone can reach.
        case .submit: .submitted(s.session % 2 == 0 ? Fixtures.ticket : Fixtures.linkedTicket)
        case .poll: .status(confirmed ? .confirmed : .pending(expiresAt: Fixtures.now + 60))
        case .confirm: .confirmed
        case .resend: .resent(Fixtures.ticket)
        case .start: .started(Fixtures.person)
        case .finish: .finished(Fixtures.result, emailSent: true)
        case .documents: .documents(Fixtures.documents)
        case .lookup: .lookup([CURPMatch(curp: try! CURP(Fixtures.curp), fullName: "GLORIA HERNÁNDEZ GARCÍA")])
        case .save: .saved(["/media/usb/NSS.pdf"])
        case .print: .printed("Enviados a la impresora.")
        case .emailCopy: .emailed(sent: true)
        case .phoneLinks: .documentLinks(Fixtures.documentLinks)
        case .openApplications: .openApplications(OpenApplications(applications: [Fixtures.openApplication], expired: 1))
        case .resume: .resumed(Fixtures.resumed(at: ProcedureStage.allCases[s.session % ProcedureStage.allCases.count]))
        case .progress: .progressRecorded
        }
        return .reply(reply, session: s.session)
    }

    static func checkInvariants(_ s: WizardState, after move: Move, before: WizardState, effects: [Effect]) {
        #expect(s.result == nil || (s.isEmailConfirmed && s.person != nil), "no result before the email is confirmed")
        #expect(s.documents.isEmpty || s.result != nil, "no documents before the NSS")
        #expect(s.phoneLinks == nil || (s.result != nil && s.step == .documents), "links only over the documents")
        for effect in effects {
            switch effect {
            case .saveDocuments(let list), .printDocuments(let list):
                #expect(!list.isEmpty && s.result != nil && list.allSatisfy { $0.folio == s.result?.folio },
                        "only this person's documents leave the terminal, and only after Paso 2")
            case .emailDocuments: #expect(s.result != nil)
            default: break
            }
        }
        #expect(s.person == nil || s.isEmailConfirmed, "no registry data before the email is confirmed")
        if s.step >= .startProcedure { #expect(s.isEmailConfirmed && s.person != nil) }
        if s.step >= .result { #expect(s.result != nil) }
        if s.step == .waitingForLink { #expect(s.ticket != nil) }
        #expect(s.focusOrder.contains(s.focus), "focus is always on something visible: \(s.focus) on \(s.step)")
        if case .field(let field) = s.focus, s.text(field) != before.text(field), s.step == before.step,
           [.typeCURP, .typeEmail, .typeCode, .typeJunk, .typeCaptcha, .deleteBackward].contains(move) {
            // While a person types, only progress: what is wrong waits until they leave or continue.
            if case .invalid(let message) = s.status(of: field) {
                Issue.record("typing in \(field) said «\(message)»")
            }
        }
        if effects.contains(where: { if case .endSession = $0 { true } else { false } }) {
            #expect(!s.holdsPersonalData, "nothing personal left after a wipe")
            #expect(s.session == before.session + 1)
            if let ticket = before.ticket {
                #expect(effects.contains(.recordProgress(ticket.id, .left)), "a wiped application is offered no more")
            }
        }
        for effect in effects {
            if case .recordProgress(let id, _) = effect {
                #expect(id == before.ticket?.id, "progress is only ever said of the application under way")
            }
        }
        if s.resumeChoice != nil { #expect(s.step == .curp && s.ticket == nil, "the resume list comes before any step") }
        if move == .back || move == .changeEmail {
            for field in [FieldID.curp, .email, .emailConfirmation] {
                #expect(s.text(field) == before.text(field), "back keeps \(field)")
            }
        }
        let submits = effects.filter { if case .submit = $0 { true } else { false } }
        #expect(submits.count <= 1)
        if !submits.isEmpty { #expect(before.inFlight.contains(.submit) == false, "never two submits at once") }
        for effect in effects {
            if case .submit(let request) = effect {
                #expect(CURP.validate(request.curp.value).isSuccess)
                #expect(request.email == s.email)
            }
        }
    }
}

extension Result {
    var isSuccess: Bool { if case .success = self { true } else { false } }
}

/// Collects the screens random sequences visit, across the property checker's concurrent runs.
final class StepsReached: @unchecked Sendable {
    private let lock = NSLock()
    private var steps: Set<Step> = []
    func insert(_ step: Step) { lock.withLock { _ = steps.insert(step) } }
    var all: Set<Step> { lock.withLock { steps } }
}
