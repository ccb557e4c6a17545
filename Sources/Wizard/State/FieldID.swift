import NSSCore

/// Every text field of the wizard, including the "¿No te sabes tu CURP?" look-up form.
public enum FieldID: String, CaseIterable, Sendable, Hashable {
    case curp
    case email
    case emailConfirmation
    case captchaAnswer
    case confirmationCode
    case lookupGivenNames
    case lookupFirstSurname
    case lookupSecondSurname
    case lookupBirthDate
    case lookupSex
    case lookupState

    /// The label the person reads (without the required mark).
    public var label: String {
        switch self {
        case .curp: Phrase.fieldCurp.text
        case .email: Phrase.fieldEmail.text
        case .emailConfirmation: Phrase.fieldEmailConfirmation.text
        case .captchaAnswer: Phrase.fieldCaptchaAnswer.text
        case .confirmationCode: Phrase.fieldConfirmationCode.text
        case .lookupGivenNames: Phrase.fieldGivenNames.text
        case .lookupFirstSurname: Phrase.fieldFirstSurname.text
        case .lookupSecondSurname: Phrase.fieldSecondSurname.text
        case .lookupBirthDate: Phrase.fieldBirthDate.text
        case .lookupSex: Phrase.fieldSex.text
        case .lookupState: Phrase.fieldBirthState.text
        }
    }

    /// Whether the field must be filled to go on (marked * on screen).
    public var isRequired: Bool {
        switch self {
        case .lookupFirstSurname, .lookupSecondSurname, .confirmationCode: false
        default: true
        }
    }

    /// The most characters the field takes; generous, so a paste with spaces or dashes still fits.
    public var maxLength: Int {
        switch self {
        case .curp: 40
        case .email, .emailConfirmation: 254
        case .captchaAnswer: 12
        case .confirmationCode: 12
        case .lookupBirthDate: 10
        case .lookupSex: 1
        case .lookupState: 40
        case .lookupGivenNames, .lookupFirstSurname, .lookupSecondSurname: 60
        }
    }

    /// Whether letters are shown uppercase as typed (a CURP and the code never have lowercase).
    var uppercasesInput: Bool {
        switch self {
        case .curp, .confirmationCode, .lookupSex, .lookupState: true
        default: false
        }
    }
}
