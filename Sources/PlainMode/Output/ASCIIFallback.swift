import NSSCore

/// Spanish text for a terminal whose locale is not UTF-8: accents are dropped (á → a, ñ → n, ü → u),
/// opening ¿ and ¡ are dropped, Spanish quotes and dashes become their ASCII look-alikes, and anything
/// else outside ASCII becomes "?".
enum ASCIIFallback {
    static func transliterated(_ text: String) -> String {
        guard !text.utf8.allSatisfy({ $0 < 0x80 }) else { return text }
        var out = ""
        for character in text {
            if character.isASCII {
                out.append(character)
            } else if let replacement = replacements[character] {
                out += replacement
            } else {
                let folded = Diacritics.strip(String(character))
                out += folded.allSatisfy(\.isASCII) ? folded : "?"
            }
        }
        return out
    }

    static let replacements: [Character: String] = [
        "¿": "", "¡": "", "«": "\"", "»": "\"", "“": "\"", "”": "\"", "‘": "'", "’": "'",
        "–": "-", "—": "-", "·": "-", "…": "...", "×": "x", "º": "o", "ª": "a", "\u{00A0}": " ",
    ]
}
