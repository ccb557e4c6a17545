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
            case .success: return text == unregisteredCURP ? .valid(nil) : .valid(Phrase.fieldStatusCurpValid.text)
            case .failure(let failure): return insist ? .invalid(failure.message) : typing
            }
        case .email:
            switch EmailAddress.validate(text) {
            case .success:
                if let suggestion = emailSuggestion, insist || emailSuggestionOffered == text {
                    return .valid(Phrase.fieldStatusEmailSuggestion.text(["sugerencia": suggestion]))
                }
                return .valid(nil)
            case .failure(let f): return insist ? .invalid(f.message) : typing
            }
        case .emailConfirmation:
            guard let email else { return .invalid(Phrase.fieldStatusEmailFirst.text) }
            if let confirmed = try? EmailAddress(text.trimmingWhiteSpace()), confirmed.isSameMailbox(as: email) {
                return .valid(Phrase.fieldStatusEmailsMatch.text)
            }
            return insist ? .invalid(Phrase.fieldStatusEmailsDiffer.text) : typing
        case .captchaAnswer:
            return .valid(nil)
        case .confirmationCode:
            let n = ConfirmationCodeFormat.normalize(text).count
            if n == ConfirmationCodeFormat.length { return .valid(nil) }
            return insist ? .invalid(Phrase.fieldStatusCodeLength.text(["n": String(n)]))
                          : typing
        case .lookupBirthDate:
            if LookupQuery.birthDate(text) != nil { return .valid(nil) }
            return insist ? .invalid(Phrase.fieldStatusBirthDate.text) : typing
        case .lookupSex:
            if Sex(rawValue: text.uppercased()) != nil { return .valid(nil) }
            return insist ? .invalid(Phrase.fieldStatusSex.text) : typing
        case .lookupState:
            if let state = LookupQuery.state(text) { return .valid(state.name) }
            return insist ? .invalid(Phrase.fieldStatusBirthState.text)
                          : typing
        case .lookupGivenNames, .lookupFirstSurname, .lookupSecondSurname:
            guard text.contains(where: { $0.isNumber }) else { return .valid(nil) }
            return insist ? .invalid(Phrase.fieldStatusNamesDigits.text) : typing
        }
    }

    /// What a field takes, said under it from the moment it is shown until the person leaves it or
    /// presses Continuar: the same words whether it is empty, half typed or complete, so that typing
    /// changes nothing on screen but the field. Nil: the field needs no hint.
    public static func typingHint(_ field: FieldID) -> String? {
        switch field {
        case .curp: Phrase.fieldHintCurp.text
        case .email: Phrase.fieldHintEmail.text
        case .emailConfirmation: Phrase.fieldHintEmailConfirmation.text
        case .confirmationCode: Phrase.fieldHintConfirmationCode.text
        case .lookupBirthDate: Phrase.fieldHintBirthDate.text
        case .lookupSex: Phrase.fieldHintSex.text
        case .lookupState: Phrase.fieldHintBirthState.text
        case .lookupGivenNames, .lookupFirstSurname, .lookupSecondSurname: Phrase.fieldHintNames.text
        case .captchaAnswer: nil
        }
    }

    static func emptyMessage(_ field: FieldID) -> String {
        switch field {
        case .curp: Phrase.fieldEmptyCurp.text
        case .email: Phrase.fieldEmptyEmail.text
        case .emailConfirmation: Phrase.fieldEmptyEmailConfirmation.text
        case .lookupGivenNames: Phrase.fieldEmptyGivenNames.text
        case .lookupBirthDate: Phrase.fieldEmptyBirthDate.text
        case .lookupSex: Phrase.fieldEmptySex.text
        case .lookupState: Phrase.fieldEmptyBirthState.text
        default: Phrase.fieldEmptyOther.text
        }
    }
}
