/// How far a captcha picture departs from its font. A program that knows the font splits a picture at
/// its empty columns and matches each piece against the glyphs; a person reads letters that lean, vary
/// in form and width, and touch, as easily as upright ones. So the picture gives the program no empty
/// column between glyphs and no glyph exactly as in the font, and keeps for the person every glyph whole
/// (no stroke crossed, no glyph overlapping another) with at least a cell of air beside each stroke.
struct CaptchaDistortion: Sendable {
    /// Chance that a glyph takes one of its symbol's other forms (`CaptchaFont.forms`).
    var alternateFormChance: Double
    /// Columns a glyph is widened by (an inner column repeated), each equally likely: never none, so
    /// that no glyph has the font's exact shape.
    var extraColumns: [Int]
    /// The slants a picture is drawn with, each equally likely: 1 leans right (the top three rows one
    /// column over), -1 leans left, 0 stands upright.
    var slants: [Int]
    /// Chance that a glyph of a slanted picture stands upright all the same.
    var uprightChance: Double
    /// Rows a glyph's top may start at: one row of play at most, so that small letters stay visibly
    /// shorter than capitals beside them.
    var tops: ClosedRange<Int>
    /// How glyphs follow one another.
    var spacing: Spacing
    /// Share of empty cells that get a light noise mark.
    var noiseDensity: Double
    /// Isolated specks of ink, never touching a glyph.
    var specks: ClosedRange<Int>

    enum Spacing: Sendable {
        /// Empty columns between one glyph's box and the next.
        case gaps(ClosedRange<Int>)
        /// Each glyph moved as close to the one before as it goes without touching it side by side or
        /// above and below (corners may meet); then, with `extraChance`, one column further.
        case touching(extraChance: Double)
    }

    /// What the backend draws.
    static let standard = CaptchaDistortion(
        alternateFormChance: 0.5, extraColumns: [1, 1, 2], slants: [1, 1, 1, -1], uprightChance: 0.2,
        tops: 1...2, spacing: .touching(extraChance: 0.1), noiseDensity: 0.08, specks: 1...3)

    /// The font as it is, a column or two apart, with light noise that never touches a glyph: the
    /// pictures of earlier versions, which a template-matching program read every time.
    static let none = CaptchaDistortion(
        alternateFormChance: 0, extraColumns: [0], slants: [0], uprightChance: 0, tops: 1...2,
        spacing: .gaps(1...2), noiseDensity: 0.06, specks: 0...0)
}
