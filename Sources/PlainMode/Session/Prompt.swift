import Wizard

/// The one question plain mode is asking: the screen's next field, a yes-or-no about the email's
/// suggested correction, which look-up match is the person's, or Enter to press the screen's button.
enum Prompt: Hashable {
    case field(FieldID)
    case emailSuggestion(String)
    case matchChoice(count: Int)
    case press(Action)

    /// What to ask now, or nil while a backend call is in flight.
    static func current(for state: WizardState, offeredSuggestion: String?) -> Prompt? {
        guard !state.isBusy else { return nil }
        if let lookup = state.lookup {
            if let matches = lookup.matches, !matches.isEmpty, case .action(.chooseMatch) = state.focus {
                return .matchChoice(count: matches.count)
            }
            if case .field(let field) = state.focus, LookupForm.fields.contains(field) { return .field(field) }
            return .field(LookupForm.fields[0])
        }
        switch state.step {
        case .curp: return .field(.curp)
        case .email: return offeredSuggestion.map(Prompt.emailSuggestion) ?? .field(.email)
        case .emailConfirmation: return .field(.emailConfirmation)
        case .captcha: return state.captcha == nil ? .press(.refreshCaptcha) : .field(.captchaAnswer)
        case .waitingForLink: return .field(.confirmationCode)
        case .startProcedure, .finishProcedure, .result: return .press(.next)
        case .documents: return .press(.finish)
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
            if field.isRequired { return "\(field.label) (obligatorio): " }
            return Self.form(of: field).count > 1 ? "\(field.label) (opcional): " : "\(field.label): "
        case .emailSuggestion(let suggestion):
            return "Escribe s para usar \(suggestion), o n para conservar el correo que escribiste: "
        case .matchChoice(let count):
            let range = count == 1 ? "el 1" : "del 1 al \(count)"
            return "Escribe el número de tu CURP (\(range)), o pulsa Enter para corregir tus datos: "
        case .press(let action):
            return "Pulsa Enter para «\(state.label(of: action))»: "
        }
    }
}
