import NSSCore

/// What a file of answers does next on the screen the wizard shows: both front ends turn it into what a
/// person would do there (keys on the full screen, lines in the line mode), so every screen's own checks
/// apply to every answer.
public enum ScriptMove: Hashable, Sendable {
    /// Type this into the field (emptied first), then Enter.
    case type(FieldID, String)
    /// Press this button.
    case press(Action)
    /// Read the confirmation code of this application from the outbox, then ask again.
    case fetchCode(ApplicationID)
    /// Nothing yet: a call is under way, an image or the documents are coming, or the link is awaited.
    case wait
    /// A wrong answer: the screen did not take it, and says why.
    case stop(String)
    /// The answers are done; `endsProgram` after Terminar, otherwise the person goes on.
    case done(endsProgram: Bool)
}

/// The file's answers played against the wizard's state, one move at a time. What it says when it stops
/// is in the person's language: the front end binds their catalogue while it asks for the next move.
///
/// A right answer always moves the procedure on; so the script stops, with what the screen says, when
/// it would have to give the same answer on the same screen again, or when the wizard went back to an
/// earlier screen (a CURP that is not in the registry sends the person back to it).
public struct AnswerScript: Sendable {
    public let answers: ScriptedAnswers
    /// The last answer given, and on which screen.
    private var last: (step: Step, move: ScriptMove)?
    /// The furthest screen reached.
    private var furthest: Step = .curp
    private var documentsDone = 0
    private var finished = false
    private var code: CodeState = .notAsked

    private enum CodeState: Sendable {
        case notAsked, asked, arrived(String), failed(String)
    }

    public init(answers: ScriptedAnswers) {
        self.answers = answers
    }

    /// The code the front end read from the outbox.
    public mutating func codeArrived(_ code: String) { self.code = .arrived(code) }

    /// The code could not be read (no outbox, no email in time): the run stops, saying this reason.
    public mutating func codeFailed(_ reason: String) { code = .failed(reason) }

    public mutating func next(in state: WizardState) -> ScriptMove {
        if finished { return .done(endsProgram: true) }
        if case .failed(let reason) = code { return .stop(Phrase.scriptNoCode.text(["motivo": reason])) }
        if state.isBusy { return .wait }
        if state.resumeChoice != nil || state.lookup != nil {
            return .stop(Phrase.scriptNotChoosing.text)
        }
        if state.step < furthest {
            // Sent back by the wizard (the registry, an earlier field): what it said is the reason.
            return .stop(state.notice?.text ?? Phrase.scriptWentBack.text(["pantalla": state.step.title]))
        }
        furthest = state.step
        let move = decide(state)
        switch move {
        case .type(let field, _) where last.map({ $0.step == state.step && $0.move == move }) == true:
            return .stop(Self.refusal(of: field, in: state))
        case .press where last.map({ $0.step == state.step && $0.move == move }) == true && state.step != .documents:
            return .stop(state.notice?.text ?? Phrase.scriptNoProgress.text(["pantalla": state.step.title]))
        case .type, .press:
            last = (state.step, move)
        default:
            break
        }
        if move == .press(.finish) { finished = true }
        return move
    }

    private mutating func decide(_ state: WizardState) -> ScriptMove {
        switch state.step {
        case .curp:
            return .type(.curp, answers.curp)
        case .email:
            if state.pendingEmailSuggestion != nil { return .press(answers.suggestion == .use ? .useEmailSuggestion : .next) }
            return .type(.email, answers.email)
        case .emailConfirmation:
            return .type(.emailConfirmation, answers.emailConfirmation)
        case .captcha:
            // The image failed to come: the screen's message says why.
            if state.captcha == nil { return state.notice?.kind == .error ? .stop(state.notice!.text) : .wait }
            return .type(.captchaAnswer, answers.captcha)
        case .waitingForLink:
            guard let ticket = state.ticket else { return .wait }
            if state.confirmationExpired { return .stop(state.notice?.text ?? BackendError.confirmationExpired.message) }
            if state.isEmailConfirmed { return .wait }
            switch answers.code {
            case .wait: return .wait
            case .typed(let code): return .type(.confirmationCode, code)
            case .fromOutbox:
                switch code {
                case .notAsked:
                    code = .asked
                    return .fetchCode(ticket.id)
                case .asked, .failed: return .wait
                case .arrived(let text): return .type(.confirmationCode, text)
                }
            }
        case .startProcedure, .finishProcedure, .result:
            return .press(.next)
        case .documents:
            if state.documents.isEmpty { return .wait }
            if documentsDone > 0, let notice = state.notice, notice.kind == .error { return .stop(notice.text) }
            if documentsDone < answers.documents.count {
                documentsDone += 1
                return .press(answers.documents[documentsDone - 1].action)
            }
            return answers.finish ? .press(.finish) : .done(endsProgram: false)
        }
    }

    /// Why the screen did not take what was typed into `field`: the field's own message, or the screen's.
    static func refusal(of field: FieldID, in state: WizardState) -> String {
        if case .invalid(let message) = state.status(of: field) { return message }
        return state.notice?.text ?? Phrase.scriptRefused.text(["pantalla": state.step.title])
    }
}
