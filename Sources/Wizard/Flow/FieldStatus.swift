import FoundationEssentials
import NSSCore

/// What to say under a field while the person types: nothing yet, a hint, what is wrong, or that it is right.
public enum FieldStatus: Hashable, Sendable {
    /// Empty and not yet asked for.
    case untouched
    /// Being typed and not wrong so far ("faltan 6 caracteres").
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
    /// The live status of a field, as it should be shown under it.
    public func status(of field: FieldID) -> FieldStatus {
        let text = self.text(field)
        let insist = attempted.contains(step) || (field.rawValue.hasPrefix("lookup") && (lookup?.attempted ?? false))
        let typing = FieldStatus.incomplete(Self.typingHint(field) ?? "")
        if text.trimmingWhiteSpace().isEmpty {
            if field.isRequired && insist { return .invalid(Self.emptyMessage(field)) }
            return field.isRequired ? .untouched : .valid(nil)
        }
        switch field {
        case .curp:
            switch CURP.check(typed: text) {
            case .success: return text == unregisteredCURP ? .valid(nil) : .valid("CURP válida.")
            case .failure(.length(let n)) where n < 18 && !insist:
                // The same words at every key: the field's 18 slots show the count, and a hint that
                // changed with each character would cost bytes per key on a slow link.
                return typing
            case .failure(let failure): return .invalid(failure.message)
            }
        case .email:
            switch EmailAddress.validate(text) {
            case .success:
                if let suggestion = emailSuggestion { return .valid("¿Quisiste decir \(suggestion)?") }
                return .valid(nil)
            case .failure(let f) where !insist && [.missingAt, .emptyDomain, .domainWithoutDot].contains(f):
                // One hint while the address is still being typed, not a new message at each stage of it;
                // what exactly is missing is said if Continuar is pressed.
                return typing
            case .failure(let f): return .invalid(f.message)
            }
        case .emailConfirmation:
            guard let email else { return .invalid("Primero escribe un correo válido en el paso anterior.") }
            let typed = text.trimmingWhiteSpace()
            if let confirmed = try? EmailAddress(typed), confirmed.isSameMailbox(as: email) {
                return .valid("Los correos coinciden.")
            }
            if !insist, email.value.lowercased().hasPrefix(typed.lowercased()) {
                return typing
            }
            return .invalid("Los correos no coinciden. Revisa lo que escribiste.")
        case .captchaAnswer:
            return .valid(nil)
        case .confirmationCode:
            let n = ConfirmationCodeFormat.normalize(text).count
            if n == ConfirmationCodeFormat.length { return .valid(nil) }
            if n < ConfirmationCodeFormat.length && !insist { return typing }
            return .invalid("El código del correo tiene 8 caracteres; llevas \(n).")
        case .lookupBirthDate:
            return LookupQuery.birthDate(text) == nil
                ? (insist || text.count >= 10 ? .invalid("Escribe la fecha como DD/MM/AAAA, por ejemplo 27/04/1956.")
                                             : typing)
                : .valid(nil)
        case .lookupSex:
            return Sex(rawValue: text.uppercased()) == nil
                ? .invalid("Escribe H (hombre), M (mujer) o X (no binario).") : .valid(nil)
        case .lookupState:
            return LookupQuery.state(text) == nil
                ? (insist ? .invalid("No reconozco esa entidad. Escribe su nombre o su clave de dos letras (NT, JC, NE…).")
                          : typing)
                : .valid(LookupQuery.state(text)!.name)
        case .lookupGivenNames, .lookupFirstSurname, .lookupSecondSurname:
            return text.contains(where: { $0.isNumber })
                ? .invalid("Los nombres no llevan números.") : .valid(nil)
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
        case .lookupState: "Nombre o clave de la entidad (NE si naciste en el extranjero)."
        case .captchaAnswer, .lookupGivenNames, .lookupFirstSurname, .lookupSecondSurname, .lookupSex: nil
        }
    }

    static func emptyMessage(_ field: FieldID) -> String {
        switch field {
        case .curp: "Escribe tu CURP: son 18 caracteres."
        case .email: "Escribe tu correo electrónico."
        case .emailConfirmation: "Escribe tu correo otra vez para confirmarlo."
        case .captchaAnswer: "Escribe los caracteres de la imagen."
        case .lookupGivenNames: "Escribe tu nombre o nombres."
        case .lookupBirthDate: "Escribe tu fecha de nacimiento."
        case .lookupSex: "Escribe H, M o X."
        case .lookupState: "Escribe tu entidad de nacimiento."
        default: "Este dato es obligatorio."
        }
    }
}
