/// The block font of the captcha. Every glyph has seven rows: capitals and digits fill rows 0–5, small
/// letters rise at most to row 1 (b d f h t) or start at row 2 (a e g m n r), and only g descends into
/// row 6, so a small letter is always visibly shorter than a capital. Many symbols also have other forms
/// (a pointed A, an open 4, a double-storey a), as handwriting and typefaces do, that a person reads as
/// the same symbol and a template of one form does not match.
enum CaptchaFont {
    /// Rows of a glyph cell.
    static let height = 7
    /// The last row of a capital: the baseline.
    static let baselineRow = 5

    /// The usual glyph of a symbol of `CaptchaAlphabet`: `height` rows of equal width, `#` for ink.
    static func glyph(_ character: Character) -> [String]? { glyphs[character] }

    /// Every form of a symbol, the usual one first.
    static func forms(_ character: Character) -> [[String]] {
        guard let usual = glyphs[character] else { return [] }
        return [usual] + (alternates[character] ?? [])
    }

    private static let alternates: [Character: [[String]]] = [
        "A": [["  #  ", " # # ", "#   #", "#####", "#   #", "#   #", "     "]],
        "D": [["###  ", "#  # ", "#   #", "#   #", "#  # ", "###  ", "     "]],
        "E": [["#####", "#    ", "###  ", "#    ", "#    ", "#####", "     "]],
        "F": [["#####", "#    ", "###  ", "#    ", "#    ", "#    ", "     "]],
        "H": [["#   #", "#   #", "#   #", "#####", "#   #", "#   #", "     "]],
        "M": [["#   #", "## ##", "# # #", "# # #", "#   #", "#   #", "     "]],
        "N": [["#   #", "##  #", "##  #", "# # #", "#  ##", "#   #", "     "]],
        "R": [["#### ", "#   #", "#   #", "#### ", "#  # ", "#   #", "     "]],
        "a": [["    ", "    ", "### ", "   #", " ###", "####", "    "]],
        "b": [["    ", "#   ", "#   ", "### ", "#  #", "### ", "    "]],
        "d": [["    ", "   #", "   #", " ###", "#  #", " ###", "    "]],
        "g": [["    ", "    ", " ## ", "#  #", " ###", "   #", "### "]],
        "h": [["    ", "#   ", "#   ", "### ", "#  #", "#  #", "    "]],
        "t": [["    ", " #  ", "### ", " #  ", " #  ", " ## ", "    "]],
        "2": [["#### ", "    #", "    #", " ### ", "#    ", "#####", "     "]],
        "3": [[" ### ", "#   #", "  ## ", "    #", "#   #", " ### ", "     "]],
        "4": [["#  # ", "#  # ", "#  # ", "#####", "   # ", "   # ", "     "]],
    ]

    private static let glyphs: [Character: [String]] = [
        "A": [" ### ", "#   #", "#   #", "#####", "#   #", "#   #", "     "],
        "B": ["#### ", "#   #", "#### ", "#   #", "#   #", "#### ", "     "],
        "D": ["#### ", "#   #", "#   #", "#   #", "#   #", "#### ", "     "],
        "E": ["#####", "#    ", "#### ", "#    ", "#    ", "#####", "     "],
        "F": ["#####", "#    ", "#### ", "#    ", "#    ", "#    ", "     "],
        "G": [" ### ", "#   #", "#    ", "# ###", "#   #", " ### ", "     "],
        "H": ["#   #", "#   #", "#####", "#   #", "#   #", "#   #", "     "],
        "M": ["#   #", "## ##", "# # #", "#   #", "#   #", "#   #", "     "],
        "N": ["#   #", "##  #", "# # #", "#  ##", "#   #", "#   #", "     "],
        "R": ["#### ", "#   #", "#### ", "# #  ", "#  # ", "#   #", "     "],
        "T": ["#####", "  #  ", "  #  ", "  #  ", "  #  ", "  #  ", "     "],
        "a": ["    ", "    ", " ###", "#  #", "#  #", " ###", "    "],
        "b": ["    ", "#   ", "### ", "#  #", "#  #", "### ", "    "],
        "d": ["    ", "   #", " ###", "#  #", "#  #", " ###", "    "],
        "e": ["    ", "    ", " ## ", "####", "#   ", " ###", "    "],
        "f": ["    ", "  ##", " #  ", "####", " #  ", " #  ", "    "],
        "g": ["    ", "    ", " ###", "#  #", " ###", "   #", " ## "],
        "h": ["    ", "#   ", "### ", "#  #", "#  #", "#  #", "    "],
        "m": ["     ", "     ", "#### ", "# # #", "# # #", "# # #", "     "],
        "n": ["    ", "    ", "### ", "#  #", "#  #", "#  #", "    "],
        "r": ["    ", "    ", "# ##", "##  ", "#   ", "#   ", "    "],
        "t": ["    ", " #  ", "####", " #  ", " #  ", "  ##", "    "],
        "2": [" ### ", "#   #", "   # ", "  #  ", " #   ", "#####", "     "],
        "3": ["#### ", "    #", " ### ", "    #", "    #", "#### ", "     "],
        "4": ["   # ", "  ## ", " # # ", "#####", "   # ", "   # ", "     "],
        "5": ["#####", "#    ", "#### ", "    #", "    #", "#### ", "     "],
        "7": ["#####", "    #", "   # ", "  #  ", "  #  ", "  #  ", "     "],
    ]
}
