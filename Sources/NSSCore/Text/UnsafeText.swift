/// The one rule for text that reaches a terminal or a screen reader from data (registry names, what was
/// typed or pasted, a backend's message): control characters, line and paragraph separators and
/// bidirectional controls are unsafe — they could move the cursor, start an escape sequence, break a
/// line or reorder what is read aloud. Both front ends (the screens' canvas and the line mode) and the
/// fields' editing apply it; an escape sequence (a whole CSI, OSC or DCS) counts as one unsafe unit, so
/// none of its parameters is left to show.
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

    /// Each unsafe character, or whole escape sequence, replaced by one `replacement` (U+FFFD by default).
    public static func replaced(_ text: String, with replacement: Unicode.Scalar = "\u{FFFD}") -> String {
        guard text.unicodeScalars.contains(where: isUnsafe) else { return text }
        return cleaned(text, replacement: replacement)
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

    /// Only the safe characters: unsafe ones and whole escape sequences are dropped.
    public static func removed(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: isUnsafe) else { return text }
        return cleaned(text, replacement: nil)
    }

    private static func cleaned(_ text: String, replacement: Unicode.Scalar?) -> String {
        var output = String.UnicodeScalarView()
        var scalars = text.unicodeScalars.makeIterator()
        var pending = scalars.next()
        while let scalar = pending {
            pending = scalars.next()
            guard isUnsafe(scalar) else {
                output.append(scalar)
                continue
            }
            if let replacement { output.append(replacement) }
            switch scalar.value {
            case 0x1B: pending = skipEscapeSequence(after: pending, in: &scalars)
            case 0x9B: pending = skipControlSequence(from: pending, in: &scalars)
            case 0x90, 0x98, 0x9D, 0x9E, 0x9F: pending = skipString(from: pending, in: &scalars)
            default: break
            }
        }
        return String(output)
    }

    /// After ESC: a CSI (`ESC [`), a string (`ESC ]`, `ESC P`, `ESC X`, `ESC ^`, `ESC _`), or a
    /// two-character escape. Returns the first scalar after the sequence.
    private static func skipEscapeSequence(after first: Unicode.Scalar?,
                                           in scalars: inout String.UnicodeScalarView.Iterator) -> Unicode.Scalar? {
        guard let first else { return nil }
        switch first {
        case "[": return skipControlSequence(from: scalars.next(), in: &scalars)
        case "]", "P", "X", "^", "_": return skipString(from: scalars.next(), in: &scalars)
        default:
            // ESC followed by intermediates (0x20–0x2F), then one final character.
            var current: Unicode.Scalar? = first
            while let scalar = current, (0x20...0x2F).contains(scalar.value) { current = scalars.next() }
            guard let final = current, (0x30...0x7E).contains(final.value) else { return current }
            return scalars.next()
        }
    }

    /// Parameters and intermediates (0x20–0x3F) up to a final byte (0x40–0x7E).
    private static func skipControlSequence(from first: Unicode.Scalar?,
                                            in scalars: inout String.UnicodeScalarView.Iterator) -> Unicode.Scalar? {
        var current = first
        while let scalar = current {
            if (0x40...0x7E).contains(scalar.value) { return scalars.next() }
            guard (0x20...0x3F).contains(scalar.value) else { return current }
            current = scalars.next()
        }
        return nil
    }

    /// An OSC/DCS-like string up to BEL, ST (0x9C) or ESC \.
    private static func skipString(from first: Unicode.Scalar?,
                                   in scalars: inout String.UnicodeScalarView.Iterator) -> Unicode.Scalar? {
        var current = first
        while let scalar = current {
            switch scalar.value {
            case 0x07, 0x9C: return scalars.next()
            case 0x1B:
                let next = scalars.next()
                return next == "\\" ? scalars.next() : next
            default: current = scalars.next()
            }
        }
        return nil
    }
}
