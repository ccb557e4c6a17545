import Foundation
import NSSCore
import Testing
@testable import Wizard
import WizardFixtures

/// A file of answers played against the wizard's states: what it types where, and when it stops.
@Suite struct AnswerScriptTests {
    static let answers = ScriptedAnswers(curp: Fixtures.curp, email: Fixtures.email, captcha: "AbDeF",
                                         code: .typed("ABCD-2345"), documents: [.print, .emailCopy])

    @Test func eachScreenGetsItsAnswer() {
        var script = AnswerScript(answers: Self.answers)
        #expect(script.next(in: .at(.curp)) == .type(.curp, Fixtures.curp))
        #expect(script.next(in: .at(.email)) == .type(.email, Fixtures.email))
        #expect(script.next(in: .at(.emailConfirmation)) == .type(.emailConfirmation, Fixtures.email))
        #expect(script.next(in: .at(.captcha)) == .type(.captchaAnswer, "AbDeF"))
        #expect(script.next(in: .at(.waitingForLink)) == .type(.confirmationCode, "ABCD-2345"))
        for step in [Step.startProcedure, .finishProcedure, .result] { #expect(script.next(in: .at(step)) == .press(.next)) }
        let documents = WizardState.at(.documents)
        #expect(script.next(in: documents) == .press(.printDocuments))
        #expect(script.next(in: documents) == .press(.emailDocuments))
        #expect(script.next(in: documents) == .press(.finish))
        #expect(script.next(in: WizardState()) == .done(endsProgram: true), "after Terminar, done — not screen 1 again")
    }

    @Test func aCallUnderWayOrAnImageStillComingIsWaitedFor() {
        var script = AnswerScript(answers: Self.answers)
        var state = WizardState.at(.emailConfirmation)
        state.type(Fixtures.email)
        _ = state.reduce(.perform(.next))   // the captcha is being asked for
        #expect(state.isBusy)
        #expect(script.next(in: state) == .wait)
    }

    @Test func theSameAnswerAskedAgainStopsWithTheFieldsMessage() {
        var script = AnswerScript(answers: ScriptedAnswers(curp: "HEGG560427MVZRRL05", email: Fixtures.email, captcha: "x",
                                                           code: .wait))
        var state = WizardState()
        guard case .type(.curp, let text) = script.next(in: state) else { Issue.record("no CURP typed"); return }
        state.type(text)
        _ = state.reduce(.perform(.next))
        #expect(script.next(in: state) == .stop(CURPFailure.checkDigit(expected: 4, found: "5").message))
    }

    @Test func beingSentBackToAnEarlierScreenStopsWithWhatTheWizardSaid() {
        var script = AnswerScript(answers: Self.answers)
        _ = script.next(in: .at(.captcha))
        var state = WizardState.at(.captcha)
        state.type("AbDeF")
        _ = state.reduce(.perform(.next))
        _ = state.reduce(.failure(.submit, .curpNotInRegistry, session: state.session))
        #expect(state.step == .curp)
        #expect(script.next(in: state) == .stop(BackendError.curpNotInRegistry.message))
    }

    @Test func theEmailsSuggestedCorrectionIsTakenOrKeptAsTheFileSays() {
        for (choice, action) in [(ScriptedAnswers.Suggestion.use, Action.useEmailSuggestion), (.keep, .next)] {
            var script = AnswerScript(answers: ScriptedAnswers(curp: Fixtures.curp, email: "ana@gmial.com", suggestion: choice,
                                                               captcha: "x", code: .wait))
            var state = WizardState.at(.email)
            state.type("ana@gmial.com")
            _ = state.reduce(.perform(.next))
            #expect(state.pendingEmailSuggestion == "ana@gmail.com")
            #expect(script.next(in: state) == .press(action))
        }
    }

    @Test func theCodeFromTheOutboxIsAskedForOnceAndTypedWhenItCame() {
        var script = AnswerScript(answers: ScriptedAnswers(curp: Fixtures.curp, email: Fixtures.email, captcha: "x",
                                                           code: .fromOutbox))
        let waiting = WizardState.at(.waitingForLink)
        #expect(script.next(in: waiting) == .fetchCode(Fixtures.ticket.id))
        #expect(script.next(in: waiting) == .wait)
        script.codeArrived("QRST-2345")
        #expect(script.next(in: waiting) == .type(.confirmationCode, "QRST-2345"))
        var failing = AnswerScript(answers: script.answers)
        _ = failing.next(in: waiting)
        failing.codeFailed("sin buzón")
        #expect(failing.next(in: waiting) == .stop("No se pudo leer el código del buzón (codigo: desde-buzon): sin buzón"))
    }

    @Test func withoutTerminarTheDocumentsAreHandedOver() {
        var script = AnswerScript(answers: ScriptedAnswers(curp: Fixtures.curp, email: Fixtures.email, captcha: "x",
                                                           code: .wait, finish: false))
        #expect(script.next(in: .at(.documents)) == .done(endsProgram: false))
    }

    /// The pause keeps each screen in view: nothing is typed before it is over, the first answer included.
    @Test func thePauseIsKeptBeforeEveryAnswer() {
        var slow = Self.answers
        slow.pauseMilliseconds = 10_000
        let paused = ScriptedRun(answers: slow, codeSource: { _ in .failure(.init("-")) })
        #expect(paused.next(in: WizardState()) == .wait)
        let quick = ScriptedRun(answers: Self.answers, codeSource: { _ in .failure(.init("-")) })
        #expect(quick.next(in: WizardState()) == .type(.curp, Fixtures.curp))
    }
}
