/// The one rule for text that reaches a terminal or a screen reader from data (registry names, what was
/// typed or pasted, a backend's message): control characters, line and paragraph separators and
/// bidirectional controls are unsafe — they could move the cursor, start an escape sequence, break a
/// line or reorder what is read aloud.
public enum UnsafeText {
    /// LRM, RLM, ALM, the embeddings and overrides, and the isolates.
    static let bidirectionalControls: Set<UInt32> = [
        0x061C, 0x200E, 0x200F, 0x202A, 0x202B, 0x202C, 0x202D, 0x202E, 0x2066, 0x2067, 0x2068, 0x2069,
    ]

    public static func isUnsafe(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .control, .lineSeparator, .paragraphSeparator: true
        default: bidirectionalControls.contains(scalar.value)
        }
    }

    /// Whether a character can be seen: not a control, a format character (zero-width space, soft
    /// hyphen, bidi control; the zero-width joiner only inside an emoji sequence such as 👩‍💻), an
    /// unassigned or private-use code point, or a separator other than the plain space. What is not
    /// visible is named by its code points in messages, and refused where a text must read as it is
    /// (a staff member's name in a record).
    public static func isVisible(_ character: Character) -> Bool {
        let isEmojiSequence = character.unicodeScalars.count > 1
            && character.unicodeScalars.first!.properties.isEmojiPresentation
        return character.unicodeScalars.allSatisfy { scalar in
            switch scalar.properties.generalCategory {
            case .control, .surrogate, .privateUse, .unassigned, .lineSeparator, .paragraphSeparator: false
            case .format: isEmojiSequence && scalar == "\u{200D}"
            case .spaceSeparator: scalar == " "
            default: true
            }
        }
    }

    /// Each unsafe character replaced by `replacement` (U+FFFD by default).
    public static func replaced(_ text: String, with replacement: Unicode.Scalar = "\u{FFFD}") -> String {
        guard text.unicodeScalars.contains(where: isUnsafe) else { return text }
        return String(String.UnicodeScalarView(text.unicodeScalars.map { isUnsafe($0) ? replacement : $0 }))
    }

    /// `escaped` line by line: the line breaks of a message stay, everything else unsafe is shown.
    public static func escapedLines(_ text: String) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false).map { escaped(String($0)) }.joined(separator: "\n")
    }

    /// Each unsafe character written as `\u{1B}`, so staff tools show what the data really holds.
    public static func escaped(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: isUnsafe) else { return text }
        var out = ""
        for scalar in text.unicodeScalars {
            if isUnsafe(scalar) {
                out += "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
            } else {
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// Only the safe characters.
    public static func removed(_ text: String) -> String {
        String(String.UnicodeScalarView(text.unicodeScalars.filter { !isUnsafe($0) }))
    }
}
