/// Makes text from anywhere (a registry's names, a pasted email, a backend's message) safe to write to a
/// terminal: control characters, line and paragraph separators and bidirectional overrides become the
/// replacement character "\u{FFFD}", so they can neither move the cursor, ring the bell, start an escape
/// sequence, break a line in two nor reorder what a screen reader says.
enum SafeText {
    static let replacement: Unicode.Scalar = "\u{FFFD}"

    static func sanitized(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: isUnsafe) else { return text }
        return String(String.UnicodeScalarView(text.unicodeScalars.map { isUnsafe($0) ? replacement : $0 }))
    }

    static func isUnsafe(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .control, .lineSeparator, .paragraphSeparator: return true
        default: return bidirectionalControls.contains(scalar.value)
        }
    }

    /// LRM, RLM, ALM, the embeddings and overrides, and the isolates.
    static let bidirectionalControls: Set<UInt32> = [
        0x061C, 0x200E, 0x200F, 0x202A, 0x202B, 0x202C, 0x202D, 0x202E, 0x2066, 0x2067, 0x2068, 0x2069,
    ]
}
