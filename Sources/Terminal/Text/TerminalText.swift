import NSSCore

/// What reaches the terminal from a string: made safe by `UnsafeText` — the one rule, which the line mode
/// and the fields' editing apply too — and, besides, what this terminal cannot print (a code point wcwidth
/// has no width for) shown as the replacement character, so the columns are always counted right.
enum TerminalText {
    static func shown(_ text: String, replacement: Character) -> String {
        let safe = UnsafeText.replaced(text, with: replacement.unicodeScalars.first ?? "?")
        guard !safe.unicodeScalars.allSatisfy(TextWidth.isSingleColumn) else { return safe }
        var output = String.UnicodeScalarView()
        for scalar in safe.unicodeScalars {
            if TextWidth.of(scalar) >= 0 {
                output.append(scalar)
            } else {
                output.append(contentsOf: String(replacement).unicodeScalars)
            }
        }
        return String(output)
    }

    /// Whether a typed scalar may go into a field.
    static func accepts(_ scalar: Unicode.Scalar) -> Bool {
        !UnsafeText.isUnsafe(scalar) && TextWidth.of(scalar) >= 0
    }
}
