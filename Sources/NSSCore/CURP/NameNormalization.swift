/// Turns a name as typed into the words the CURP rules read (Reglas RENAPO 2021, §5 rules 1.1–1.18):
/// uppercase, acute accents dropped, Ü read as U, any other diaeresis and the punctuation / - . ' ´ ’
/// kept as "special characters", Ñ kept until a letter is chosen. Words are split on white space only,
/// so LOPEZ-CASTILLO stays one word.
enum NameNormalization {
    /// One normalised word: ASCII A–Z, `enye` for Ñ, and special characters as their own bytes.
    typealias Word = [UInt8]

    /// Ñ inside a normalised word (its Latin-1 code).
    static let enye: UInt8 = 0xD1
    /// A letter the rules read as a special character: a vowel with a diaeresis other than Ü
    /// (Ä Ë Ï Ö, rule 1.4) and, by the same rule, any other letter outside A–Z, Ñ and the acute
    /// vowels (Ç, À, Ø…).
    static let specialLetter: UInt8 = 0xA8
    /// The spacing acute accent ´ typed as a character of its own.
    static let acuteAccent: UInt8 = 0xB4
    /// The typographic apostrophe ’.
    static let typographicApostrophe: UInt8 = 0x92

    /// The words of `text` that hold at least one letter (a stray "-" or "." between words is not a
    /// word); throws on the first character that has no place in a name. An empty result means the
    /// name was not given.
    static func words(_ text: String, field: CURPDerivationFailure.NameField) throws(CURPDerivationFailure) -> [Word] {
        var words: [Word] = []
        var current: Word = []
        for character in text {
            guard let byte = normalised(character) else {
                throw .characterNotAllowed(field: field, character: character)
            }
            if byte == 0x20 {
                if hasLetter(current) { words.append(current) }
                current = []
            } else {
                current.append(byte)
            }
        }
        if hasLetter(current) { words.append(current) }
        return words
    }

    /// Whether the byte is an A–Z letter or Ñ (everything else in a word is a special character).
    static func isLetter(_ byte: UInt8) -> Bool {
        (65...90).contains(byte) || byte == enye
    }

    /// Whether the word holds a letter, a special letter (Ö, Ç…) included: the rules read it as X,
    /// but it is still a letter someone wrote.
    private static func hasLetter(_ word: Word) -> Bool {
        word.contains { isLetter($0) || $0 == specialLetter }
    }

    static func isVowel(_ byte: UInt8) -> Bool {
        byte == 65 || byte == 69 || byte == 73 || byte == 79 || byte == 85
    }

    /// One typed character as a normalised byte: 0x20 for a word separator, nil when not allowed.
    /// Characters compare canonically, so a decomposed "E\u{301}" is the same as "É".
    private static func normalised(_ character: Character) -> UInt8? {
        if let ascii = character.asciiValue {
            switch ascii {
            case 65...90: return ascii
            case 97...122: return ascii - 32
            case UInt8(ascii: "/"), UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "'"): return ascii
            default: return character.isWhitespace ? 0x20 : nil
            }
        }
        switch character {
        case "Á", "á": return UInt8(ascii: "A")
        case "É", "é": return UInt8(ascii: "E")
        case "Í", "í": return UInt8(ascii: "I")
        case "Ó", "ó": return UInt8(ascii: "O")
        case "Ú", "ú", "Ü", "ü": return UInt8(ascii: "U")
        case "Ñ", "ñ": return enye
        case "´": return acuteAccent
        case "’": return typographicApostrophe
        default:
            if character.isWhitespace { return 0x20 }
            return character.isLetter ? specialLetter : nil
        }
    }
}
