/// Draws captcha text as ASCII art: the block font, each character at a slightly different height and
/// spacing, in its own ink, over light noise that never touches a glyph. At most 72 columns × 9 rows of
/// printable ASCII.
enum CaptchaPicture {
    static let rows = 9
    static let maximumColumns = 72
    static let inks: [Character] = ["#", "@", "%"]
    static let noise: [Character] = [".", ",", "'", "`", ":", "-"]
    /// Share of blank cells that get a noise mark.
    static let noiseDensity = 0.06

    /// The picture of `text`, whose characters must all be in `CaptchaAlphabet`.
    static func draw<R: RandomNumberGenerator>(_ text: String, using rng: inout R) -> [String] {
        let glyphs = text.map { CaptchaFont.glyph($0)! }
        let margin = 2
        var placements: [(glyph: [String], column: Int, top: Int, ink: Character)] = []
        var column = margin
        for glyph in glyphs {
            let top = 1 + Int.random(in: 0...1, using: &rng)
            placements.append((glyph, column, top, inks.randomElement(using: &rng)!))
            column += glyph[0].count + Int.random(in: 1...2, using: &rng)
        }
        let width = min(maximumColumns, column - 1 + margin)
        var canvas = Array(repeating: Array(repeating: Character(" "), count: width), count: rows)
        var inked = Array(repeating: Array(repeating: false, count: width), count: rows)
        for placement in placements {
            for (r, line) in placement.glyph.enumerated() {
                for (c, cell) in line.enumerated() where cell != " " {
                    canvas[placement.top + r][placement.column + c] = placement.ink
                    inked[placement.top + r][placement.column + c] = true
                }
            }
        }
        for r in 0..<rows {
            for c in 0..<width where !inked[r][c] && Double.random(in: 0..<1, using: &rng) < noiseDensity {
                canvas[r][c] = noise.randomElement(using: &rng)!
            }
        }
        return canvas.map { String($0) }
    }
}
