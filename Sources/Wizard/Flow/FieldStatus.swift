import FoundationEssentials
import NSSCore

/// What to say under a field: nothing yet, a hint, what is wrong, or that it is right.
///
/// While the person types, only progress: the field itself shows how much is typed, and the hint under
/// it stays the same at every key. What is wrong is said when they leave the field or press Continuar
/// (`WizardState.checked`), and the message changes only when the state does.
public enum FieldStatus: Hashable, Sendable {
    /// Empty and not yet asked for.
    case untouched
    /// Being typed and not right yet ("La CURP tiene 18 letras y números."): the same words at every key.
    case incomplete(String)
    /// Wrong: the message says what and how to fix it.
    case invalid(String)
    /// Right; an optional remark (a suggested correction of the email).
    case valid(String?)

    public var message: String? {
        switch self {
        case .untouched: nil
        case .incomplete(let m), .invalid(let m): m
        case .valid(let m): m
        }
    }

    public var isValid: Bool { if case .valid = self { true } else { false } }
}

extension WizardState {
    /// The status of a field, as it should be shown under it.
    public func status(of field: FieldID) -> FieldStatus {
        let text = self.text(field)
        let insist = checked.contains(field)
        let typing = FieldStatus.incomplete(Self.typingHint(field) ?? "")
        if text.trimmingWhiteSpace().isEmpty {
            if field == .captchaAnswer && insist { return .invalid(CaptchaWording.missingAnswer(captchaKind)) }
            if field.isRequired && insist { return .invalid(Self.emptyMessage(field)) }
            return field.isRequired ? .untouched : .valid(nil)
        }
        switch field {
        case .curp:
            switch CURP.check(typed: text) {
            case .success: return text == unregisteredCURP ? .valid(nil) : .valid("CURP válida.")
            case .failure(let failure): return insist ? .invalid(failure.message) : typing
            }
        case .email:
            switch EmailAddress.validate(text) {
            case .success:
                if let suggestion = emailSuggestion, insist || emailSuggestionOffered == text {
                    return .valid("¿Quisiste decir \(suggestion)?")
                }
                return .valid(nil)
            case .failure(let f): return insist ? .invalid(f.message) : typing
            }
        case .emailConfirmation:
            guard let email else { return .invalid("Primero escribe un correo válido en el paso anterior.") }
            if let confirmed = try? EmailAddress(text.trimmingWhiteSpace()), confirmed.isSameMailbox(as: email) {
                return .valid("Los correos coinciden.")
            }
            return insist ? .invalid("Los correos no coinciden. Revisa lo que escribiste.") : typing
        case .captchaAnswer:
            return .valid(nil)
        case .confirmationCode:
            let n = ConfirmationCodeFormat.normalize(text).count
            if n == ConfirmationCodeFormat.length { return .valid(nil) }
            return insist ? .invalid("El código del correo tiene 8 caracteres; llevas \(n).")
                          : typing
        case .lookupBirthDate:
            if LookupQuery.birthDate(text) != nil { return .valid(nil) }
            return insist ? .invalid("Escribe la fecha como DD/MM/AAAA, por ejemplo 27/04/1956.") : typing
        case .lookupSex:
            if Sex(rawValue: text.uppercased()) != nil { return .valid(nil) }
            return insist ? .invalid("Escribe H (hombre), M (mujer) o X (no binario).") : typing
        case .lookupState:
            if let state = LookupQuery.state(text) { return .valid(state.name) }
            return insist ? .invalid("No reconozco esa entidad. Escribe su nombre o su clave de dos letras (NT, JC, NE…).")
                          : typing
        case .lookupGivenNames, .lookupFirstSurname, .lookupSecondSurname:
            guard text.contains(where: { $0.isNumber }) else { return .valid(nil) }
            return insist ? .invalid("Los nombres no llevan números.") : typing
        }
    }

    /// What a field takes, said under it from the moment it is shown until the person leaves it or
    /// presses Continuar: the same words whether it is empty, half typed or complete, so that typing
    /// changes nothing on screen but the field. Nil: the field needs no hint.
    public static func typingHint(_ field: FieldID) -> String? {
        switch field {
        case .curp: "La CURP tiene 18 letras y números."
        case .email: "Escribe el correo completo, por ejemplo nombre@gmail.com."
        case .emailConfirmation: "Escribe el mismo correo otra vez."
        case .confirmationCode: "El código tiene 8 caracteres."
        case .lookupBirthDate: "DD/MM/AAAA"
        case .lookupSex: "H, M o X."
        case .lookupState: "Nombre o clave de la entidad (NE si naciste en el extranjero)."
        case .lookupGivenNames, .lookupFirstSurname, .lookupSecondSurname: "Como en tu acta de nacimiento."
        case .captchaAnswer: nil
        }
    }

    static func emptyMessage(_ field: FieldID) -> String {
        switch field {
        case .curp: "Escribe tu CURP: son 18 caracteres."
        case .email: "Escribe tu correo electrónico."
        case .emailConfirmation: "Escribe tu correo otra vez para confirmarlo."
        case .lookupGivenNames: "Escribe tu nombre o nombres."
        case .lookupBirthDate: "Escribe tu fecha de nacimiento."
        case .lookupSex: "Escribe H, M o X."
        case .lookupState: "Escribe tu entidad de nacimiento."
        default: "Este dato es obligatorio."
        }
    }
}
