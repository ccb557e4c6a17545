import NSSCore
import Wizard

/// The one question plain mode is asking: the screen's next field, a yes-or-no about the email's
/// suggested correction or about leaving, which look-up match is the person's, or Enter to press the
/// screen's button.
enum Prompt: Hashable {
    case field(FieldID)
    case emailSuggestion(String)
    case matchChoice(count: Int)
    case press(Action)
    /// «¿Deseas salir?»: `:salir` or Ctrl-C when leaving would wipe something (the wizard's one rule).
    case confirmLeave(kiosk: Bool)
    /// Which application of the resume list to go on with (Enter: a new procedure).
    case resumeChoice(count: Int)

    /// What to ask now, or nil while a backend call is in flight.
    static func current(for state: WizardState, confirmingLeave: Bool, kiosk: Bool) -> Prompt? {
        if confirmingLeave { return .confirmLeave(kiosk: kiosk) }
        guard !state.isBusy else { return nil }
        if let applications = state.resumeChoice?.applications { return .resumeChoice(count: applications.count) }
        if let lookup = state.lookup {
            if let matches = lookup.matches, !matches.isEmpty, case .action(.chooseMatch) = state.focus {
                return .matchChoice(count: matches.count)
            }
            if case .field(let field) = state.focus, LookupForm.fields.contains(field) { return .field(field) }
            return .field(LookupForm.fields[0])
        }
        switch state.step {
        case .curp: return .field(.curp)
        case .email: return state.pendingEmailSuggestion.map(Prompt.emailSuggestion) ?? .field(.email)
        case .emailConfirmation: return .field(.emailConfirmation)
        case .captcha: return state.captcha == nil ? .press(.refreshCaptcha) : .field(.captchaAnswer)
        case .waitingForLink: return .field(.confirmationCode)
        case .startProcedure, .finishProcedure, .result: return .press(.next)
        // Enter keeps the documents; ending is typed (:terminar), never the default.
        case .documents: return .press(.saveDocuments)
        }
    }

    /// The fields asked one after the other with this one: the look-up form's, or the field alone.
    static func form(of field: FieldID) -> [FieldID] {
        LookupForm.fields.contains(field) ? LookupForm.fields : [field]
    }

    /// The words of the question, ending where the answer is typed.
    func text(in state: WizardState) -> String {
        switch self {
        case .field(let field):
            if field.isRequired { return Phrase.lineRequired.text(["campo": field.label]) }
            return (Self.form(of: field).count > 1 ? Phrase.lineOptional : .linePlain).text(["campo": field.label])
        case .emailSuggestion(let suggestion):
            return Phrase.lineSuggestion.text(["sugerencia": suggestion])
        case .matchChoice(let count):
            return count == 1 ? Phrase.lineMatchOne.text : Phrase.lineMatchMany.text(["n": String(count)])
        case .press(.saveDocuments):
            return Phrase.linePressSave.text(["boton": Phrase.buttonSave.text, "orden": Command.finish.typed])
        case .press(let action):
            return Phrase.linePress.text(["boton": state.label(of: action)])
        case .confirmLeave(let kiosk):
            return Phrase.lineLeave.text(["pregunta": LeaveWording.question, "consecuencia": LeaveWording.consequence(kiosk: kiosk)])
        case .resumeChoice(let count):
            return count == 1 ? Phrase.lineResumeOne.text : Phrase.lineResumeMany.text(["n": String(count)])
        }
    }
}
