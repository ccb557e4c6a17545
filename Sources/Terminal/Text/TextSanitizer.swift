/// Makes any text safe to write to a terminal.
///
/// Names from a registry, an email typed or pasted, a message from a server: none of it is
/// ever written raw. Control characters, escape sequences (a whole CSI, OSC or DCS sequence
/// counts as one), bidirectional overrides and what the terminal cannot print each become
/// one replacement character.
public enum TextSanitizer {
    /// `text` with everything unsafe replaced by `replacement`.
    public static func clean(_ text: String, replacement: Character = "\u{FFFD}") -> String {
        var output = ""
        output.reserveCapacity(text.utf8.count)
        var scalars = text.unicodeScalars.makeIterator()
        var pending = scalars.next()
        while let scalar = pending {
            pending = scalars.next()
            switch scalar.value {
            case 0x1B:
                output.append(replacement)
                pending = skipEscapeSequence(after: pending, in: &scalars)
            case 0x9B:
                output.append(replacement)
                pending = skipControlSequence(from: pending, in: &scalars)
            case 0x90, 0x98, 0x9D, 0x9E, 0x9F:
                output.append(replacement)
                pending = skipString(from: pending, in: &scalars)
            default:
                if isSafe(scalar) {
                    output.unicodeScalars.append(scalar)
                } else {
                    output.append(replacement)
                }
            }
        }
        return output
    }

    /// Whether a scalar may reach the terminal as it is.
    public static func isSafe(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00..<0x20, 0x7F..<0xA0: return false                 // C0, DEL, C1
        case 0x202A...0x202E, 0x2066...0x2069: return false         // bidi embeddings, overrides, isolates
        case 0x2028, 0x2029: return false                           // line and paragraph separators
        default: return TextWidth.of(scalar) >= 0
        }
    }

    /// After ESC: a CSI (`ESC [`), a string (`ESC ]`, `ESC P`, `ESC X`, `ESC ^`, `ESC _`),
    /// or a two-character escape. Returns the first scalar after the sequence.
    private static func skipEscapeSequence(
        after first: Unicode.Scalar?, in scalars: inout String.UnicodeScalarView.Iterator
    ) -> Unicode.Scalar? {
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
    private static func skipControlSequence(
        from first: Unicode.Scalar?, in scalars: inout String.UnicodeScalarView.Iterator
    ) -> Unicode.Scalar? {
        var current = first
        while let scalar = current {
            if (0x40...0x7E).contains(scalar.value) { return scalars.next() }
            guard (0x20...0x3F).contains(scalar.value) else { return current }
            current = scalars.next()
        }
        return nil
    }

    /// An OSC/DCS-like string up to BEL, ST (0x9C) or ESC \.
    private static func skipString(
        from first: Unicode.Scalar?, in scalars: inout String.UnicodeScalarView.Iterator
    ) -> Unicode.Scalar? {
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
