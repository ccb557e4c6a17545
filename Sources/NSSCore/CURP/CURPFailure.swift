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

        var spanish: String {
            switch self {
            case .letter: "una letra (A–Z, sin Ñ ni acentos)"
            case .digit: "un dígito (0–9)"
            case .letterOrDigit: "una letra o un dígito"
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
            return "Escribe tu CURP: son 18 caracteres."
        case .length(let n):
            return n < 18
                ? "La CURP tiene 18 caracteres; faltan \(18 - n)."
                : "La CURP tiene 18 caracteres; sobran \(n - 18)."
        case .characterNotAllowed(let pos, let ch, let expected):
            return "El carácter «\(Self.printable(ch))» no es válido en la posición \(pos): va \(expected.spanish)."
        case .secondNotVowel(let ch):
            return "La posición 2 debe ser una vocal o X, no «\(ch)»."
        case .inconvenientWord(let word):
            return "Las cuatro primeras letras forman una palabra inconveniente (\(word)); en una CURP real la posición 2 es X."
        case .impossibleDate(let yymmdd):
            let y = yymmdd.prefix(2), m = yymmdd.dropFirst(2).prefix(2), d = yymmdd.suffix(2)
            return "La fecha de nacimiento (posiciones 5 a 10) no existe: \(d)/\(m)/\(y) (día/mes/año)."
        case .futureDate(let date):
            return "La fecha de nacimiento \(date.dayMonthYear) está en el futuro."
        case .sex(let ch):
            return "La posición 11 es el sexo: H (hombre), M (mujer) o X (no binario), no «\(ch)»."
        case .state(let code):
            return "«\(code)» (posiciones 12 y 13) no es una clave de entidad federativa."
        case .notConsonant(let pos, let ch):
            return "La posición \(pos) debe ser una consonante, no «\(ch)»."
        case .homonymyCentury(let ch):
            return "La posición 17 debe ser un dígito (nacidos hasta 1999) o una letra de la A a la J (desde 2000), no «\(ch)»."
        case .checkDigit(let expected, let found):
            return "El dígito verificador (posición 18) no corresponde: se esperaba \(expected), no «\(found)». Revisa los demás caracteres."
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
