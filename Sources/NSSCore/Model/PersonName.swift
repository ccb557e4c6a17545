/// The rule for a person's names as RENAPO writes them in the registry: letters (with Ñ, Ü and
/// accented vowels), single spaces between words, and the apostrophe, hyphen and period that some
/// names carry (D'ARTAGNAN, PÉREZ-GIL, MA.), each word with a letter. Nothing else can reach a terminal, a PDF or a sealed
/// record from a registry file: no control characters (an escape sequence, a bell, a line break), no
/// digits or symbols, no name longer than a document's field.
public enum PersonName {
    /// The longest name part a document prints in full (RENAPO's own fields hold 50).
    public static let maximumLength = 50

    /// Why `text` is not a name part as RENAPO writes it, in Spanish; nil when it is one. `part` names
    /// the column («Los nombres», «El primer apellido»…).
    public static func problem(with text: String, part: String) -> String? {
        if text.count > maximumLength {
            return "\(part) tiene \(text.count) caracteres; un nombre tiene \(maximumLength) como máximo."
        }
        for (offset, character) in text.enumerated() where !isAllowed(character) {
            // What cannot be seen (a control, a zero-width or no-break space, a format character) is
            // named by its code points (UnsafeText.isVisible); anything else is quoted.
            let shown = UnsafeText.isVisible(character)
                ? "«\(character)»"
                : character.unicodeScalars.map { "\\u{" + String($0.value, radix: 16, uppercase: true) + "}" }.joined()
            return "\(part) tiene \(shown) en la posición \(offset + 1): un nombre lleva sólo letras, espacios, "
                + "apóstrofo, guion o punto."
        }
        if text.hasPrefix(" ") || text.hasSuffix(" ") || text.contains("  ") {
            return "\(part) tiene espacios de más."
        }
        // «.», «-», «'» or «. .» alone are not a name: every word has a letter (MA., D'ARTAGNAN).
        if let word = text.split(separator: " ").first(where: { !$0.contains(where: \.isLetter) }) {
            return "\(part) tiene «\(word)», una palabra sin letras: el apóstrofo, el guion y el punto van junto a letras."
        }
        return nil
    }

    private static func isAllowed(_ character: Character) -> Bool {
        if character == " " || character == "'" || character == "-" || character == "." { return true }
        guard character.unicodeScalars.count == 1, let scalar = character.unicodeScalars.first else { return false }
        return ("A"..."Z").contains(scalar) || ("a"..."z").contains(scalar) || accented.contains(scalar)
    }

    private static let accented: Set<Unicode.Scalar> = Set("ÁÉÍÓÚÜÑáéíóúüñÀÈÌÒÙàèìòùÇç".unicodeScalars)
}
