/// The shapes of the digits 0–9 for `BigDigits`: three rows of half blocks, or five rows of
/// `#` where only ASCII can be shown. Every glyph is three columns wide.
enum BigDigitFont {
    static let unicode: [Character: [String]] = [
        "0": ["█▀█", "█ █", "▀▀▀"],
        "1": ["▀█ ", " █ ", "▀▀▀"],
        "2": ["▀▀█", "█▀▀", "▀▀▀"],
        "3": ["▀▀█", " ▀█", "▀▀▀"],
        "4": ["█ █", "▀▀█", "  ▀"],
        "5": ["█▀▀", "▀▀█", "▀▀▀"],
        "6": ["█▀▀", "█▀█", "▀▀▀"],
        "7": ["▀▀█", "  █", "  ▀"],
        "8": ["█▀█", "█▀█", "▀▀▀"],
        "9": ["█▀█", "▀▀█", "▀▀▀"],
    ]

    static let ascii: [Character: [String]] = [
        "0": ["###", "# #", "# #", "# #", "###"],
        "1": ["## ", " # ", " # ", " # ", "###"],
        "2": ["###", "  #", "###", "#  ", "###"],
        "3": ["###", "  #", " ##", "  #", "###"],
        "4": ["# #", "# #", "###", "  #", "  #"],
        "5": ["###", "#  ", "###", "  #", "###"],
        "6": ["###", "#  ", "###", "# #", "###"],
        "7": ["###", "  #", "  #", "  #", "  #"],
        "8": ["###", "# #", "###", "# #", "###"],
        "9": ["###", "# #", "###", "  #", "###"],
    ]

    static func glyphs(for mode: TextMode) -> [Character: [String]] {
        mode == .unicode ? unicode : ascii
    }

    static func height(for mode: TextMode) -> Int {
        mode == .unicode ? 3 : 5
    }
}
