/// Spanish text for a terminal that can show only ASCII (LANG=C, a serial console, a vt100), the same in
/// the screens and in the line mode: letters lose their accents (ñ → n, ü → u), the opening ¿ and ¡ are
/// dropped («¿Deseas salir?» reads «Deseas salir?»), quotes, dashes, marks and box lines get an ASCII
/// look-alike, and anything else becomes "?", one column, so a layout never depends on what the terminal
/// makes of it.
public enum ASCIIFallback {
    public static func apply(_ text: String) -> String {
        if text.utf8.allSatisfy({ $0 < 0x80 }) { return text }
        var output = ""
        for character in text {
            output += transliterate(character)
        }
        return output
    }

    private static func transliterate(_ character: Character) -> String {
        if character.isASCII { return String(character) }
        if let known = signs[character] { return known }
        let stripped = Diacritics.strip(String(character))
        return stripped.allSatisfy(\.isASCII) && !stripped.isEmpty ? stripped : "?"
    }

    private static let signs: [Character: String] = [
        "¿": "", "¡": "", "«": "\"", "»": "\"", "\u{201C}": "\"", "\u{201D}": "\"",
        "\u{2018}": "'", "\u{2019}": "'", "—": "-", "–": "-", "‐": "-", "…": "...",
        "•": "*", "●": "*", "○": "o", "·": "-", "✓": "v", "✗": "x", "×": "x",
        "▸": ">", "▶": ">", "◂": "<", "◀": "<", "↑": "^", "↓": "v", "←": "<", "→": ">",
        "─": "-", "━": "-", "│": "|", "┃": "|", "┌": "+", "┐": "+", "└": "+", "┘": "+",
        "├": "+", "┤": "+", "┬": "+", "┴": "+", "┼": "+",
        "█": "#", "▀": "#", "▄": "#", "▌": "#", "▐": "#", "░": ":", "▒": "#", "▓": "#",
        "€": "EUR", "ª": "a", "º": "o", "°": "o", "ß": "ss", "æ": "ae", "Æ": "AE",
        "ø": "o", "Ø": "O", "ð": "d", "Ð": "D", "þ": "th", "Þ": "Th", "ł": "l", "Ł": "L",
        "đ": "d", "Đ": "D", "\u{00A0}": " ", "\u{FFFD}": "?",
    ]
}
