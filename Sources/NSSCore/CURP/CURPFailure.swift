/// Why a text is not a valid CURP: one specific reason, with a stable code for machines and a Spanish
/// message for people.
public enum CURPFailure: Error, Hashable, Sendable {
    case empty
    case length(actual: Int)
    /// `position` is 1-based; `expected` says what belongs there.
    case characterNotAllowed(position: Int, character: Character, expected: CharacterClass)
    case secondNotVowel(character: Character)
    case inconvenientWord(String)
    case impossibleDate(yymmdd: String)
    case futureDate(CivilDate)
    case sex(character: Character)
    case state(code: String)
    case notConsonant(position: Int, character: Character)
    case homonymyCentury(character: Character)
    case checkDigit(expected: Int, found: Character)

    /// What kind of character a position takes.
    public enum CharacterClass: Hashable, Sendable {
        case letter, digit, letterOrDigit

        var described: String {
            switch self {
            case .letter: Phrase.curpErrorLetter.text
            case .digit: Phrase.curpErrorDigit.text
            case .letterOrDigit: Phrase.curpErrorLetterOrDigit.text
            }
        }
    }

    /// A stable, machine-readable reason code (`curp check` prints it before the message).
    public var code: String {
        switch self {
        case .empty: "vacia"
        case .length: "longitud"
        case .characterNotAllowed: "caracter"
        case .secondNotVowel: "posicion-2"
        case .inconvenientWord: "palabra-inconveniente"
        case .impossibleDate: "fecha"
        case .futureDate: "fecha-futura"
        case .sex: "sexo"
        case .state: "entidad"
        case .notConsonant: "consonante"
        case .homonymyCentury: "posicion-17"
        case .checkDigit: "digito-verificador"
        }
    }

    /// What is wrong, in Spanish, specific enough to fix it.
    public var message: String {
        switch self {
        case .empty:
            return Phrase.fieldEmptyCurp.text
        case .length(let n):
            switch n {
            case 17: return Phrase.curpErrorMissingOne.text
            case 19: return Phrase.curpErrorExtraOne.text
            case ..<18: return Phrase.curpErrorMissing.text(["n": String(18 - n)])
            default: return Phrase.curpErrorExtra.text(["n": String(n - 18)])
            }
        case .characterNotAllowed(let pos, let ch, let expected):
            return Phrase.curpErrorCharacter.text(["caracter": Self.printable(ch), "posicion": String(pos), "esperado": expected.described])
        case .secondNotVowel(let ch):
            return Phrase.curpErrorSecondVowel.text(["caracter": String(ch)])
        case .inconvenientWord(let word):
            return Phrase.curpErrorInconvenient.text(["palabra": word])
        case .impossibleDate(let yymmdd):
            let y = yymmdd.prefix(2), m = yymmdd.dropFirst(2).prefix(2), d = yymmdd.suffix(2)
            return Phrase.curpErrorImpossibleDate.text(["fecha": "\(d)/\(m)/\(y)"])
        case .futureDate(let date):
            return Phrase.curpErrorFutureDate.text(["fecha": date.dayMonthYear])
        case .sex(let ch):
            return Phrase.curpErrorSex.text(["caracter": String(ch)])
        case .state(let code):
            return Phrase.curpErrorState.text(["clave": code])
        case .notConsonant(let pos, let ch):
            return Phrase.curpErrorConsonant.text(["posicion": String(pos), "caracter": String(ch)])
        case .homonymyCentury(let ch):
            return Phrase.curpErrorCentury.text(["caracter": String(ch)])
        case .checkDigit(let expected, let found):
            return Phrase.curpErrorCheckDigit.text(["esperado": String(expected), "caracter": String(found)])
        }
    }

    /// Shows a control or invisible character (C0/C1 controls, format characters such as bidi overrides,
    /// unassigned or private-use code points, separators other than the plain space) as its code points,
    /// never raw, so a message cannot disturb the terminal or hide what was typed.
    static func printable(_ ch: Character) -> String {
        let visible = UnsafeText.isVisible(ch)
        if visible { return String(ch) }
        return ch.unicodeScalars.map { "U+" + String($0.value, radix: 16, uppercase: true) }.joined(separator: " ")
    }
}
