/// Draws captcha text as ASCII art in the captcha font, distorted as `CaptchaDistortion` says: each
/// glyph in an ink other than its neighbour's, over light noise. At most 72 columns × 9 rows of printable ASCII.
enum CaptchaPicture {
    static let rows = 9
    static let maximumColumns = 72
    static let margin = 2
    static let inks: [Character] = ["#", "@", "%"]
    static let noise: [Character] = [".", ",", "'", "`", ":", "-", "~"]

    /// A cell of the picture: row and column.
    struct Cell: Hashable {
        var row: Int
        var column: Int
    }

    /// The picture of `text`, whose characters must all be in `CaptchaAlphabet`.
    static func draw<R: RandomNumberGenerator>(_ text: String, distortion: CaptchaDistortion = .standard,
                                               using rng: inout R) -> [String] {
        let slant = distortion.slants.randomElement(using: &rng)!
        var occupied: Set<Cell> = []
        var glyphs: [(cells: [Cell], ink: Character)] = []
        var rightmost = margin - 1
        for character in text {
            let shape = self.shape(character, distortion: distortion, slant: slant, using: &rng)
            let top = Int.random(in: distortion.tops, using: &rng)
            var column: Int
            switch distortion.spacing {
            case .gaps(let gaps):
                column = glyphs.isEmpty ? margin : rightmost + 1 + Int.random(in: gaps, using: &rng)
            case .touching(let extraChance):
                column = glyphs.isEmpty ? margin : rightmost - 2
                while !fits(shape, top: top, column: column, beside: occupied) { column += 1 }
                if !glyphs.isEmpty, Double.random(in: 0..<1, using: &rng) < extraChance { column += 1 }
            }
            let cells = shape.map { Cell(row: top + $0.row, column: column + $0.column) }
            occupied.formUnion(cells)
            rightmost = max(rightmost, cells.map(\.column).max() ?? column)
            // Never the ink of the glyph before: where two glyphs meet at a corner, a person still sees
            // where one ends.
            let ink = inks.filter { $0 != glyphs.last?.ink }.randomElement(using: &rng)!
            glyphs.append((cells, ink))
        }
        let width = min(maximumColumns, rightmost + 1 + margin)
        var canvas = Array(repeating: Array(repeating: Character(" "), count: width), count: rows)
        for glyph in glyphs {
            for cell in glyph.cells where cell.row < rows && cell.column < width {
                canvas[cell.row][cell.column] = glyph.ink
            }
        }
        for _ in 0..<Int.random(in: distortion.specks, using: &rng) {
            for _ in 0..<20 {
                let cell = Cell(row: Int.random(in: 0..<rows, using: &rng), column: Int.random(in: 0..<width, using: &rng))
                if !neighbourhood(of: cell).contains(where: occupied.contains) {
                    canvas[cell.row][cell.column] = inks.randomElement(using: &rng)!
                    occupied.insert(cell)
                    break
                }
            }
        }
        for r in 0..<rows {
            for c in 0..<width where !occupied.contains(Cell(row: r, column: c))
                && Double.random(in: 0..<1, using: &rng) < distortion.noiseDensity {
                canvas[r][c] = noise.randomElement(using: &rng)!
            }
        }
        return canvas.map { String($0) }
    }

    /// The inked cells of one glyph of `character`, its leftmost ink in column 0: a form of the symbol,
    /// widened, and slanted with the picture (or upright).
    static func shape<R: RandomNumberGenerator>(_ character: Character, distortion: CaptchaDistortion, slant: Int,
                                                using rng: inout R) -> [Cell] {
        let forms = CaptchaFont.forms(character)
        let form = forms.count > 1 && Double.random(in: 0..<1, using: &rng) < distortion.alternateFormChance
            ? forms[1...].randomElement(using: &rng)! : forms[0]
        var columns = Array(0..<form[0].count)
        // Only an inner column without a vertical stroke is repeated: a stroke twice as thick turns a
        // letter into a blot, while a longer bar or a wider bowl still reads as the same letter.
        let stretchable = (1..<(form[0].count - 1)).filter { column in
            form.filter { Array($0)[column] != " " }.count < 4
        }
        for _ in 0..<distortion.extraColumns.randomElement(using: &rng)! {
            guard let repeated = stretchable.randomElement(using: &rng) else { break }
            columns.insert(repeated, at: columns.firstIndex(of: repeated)!)
        }
        let upright = slant == 0 || Double.random(in: 0..<1, using: &rng) < distortion.uprightChance
        var cells: [Cell] = []
        for (r, line) in form.enumerated() {
            let ink = Array(line)
            let shift = upright ? 0 : slant > 0 ? leanShift(row: r) : 1 - leanShift(row: r)
            for (c, source) in columns.enumerated() where ink[source] != " " {
                cells.append(Cell(row: r, column: c + shift))
            }
        }
        let left = cells.map(\.column).min() ?? 0
        return cells.map { Cell(row: $0.row, column: $0.column - left) }
    }

    /// How far right a row of a right-leaning glyph goes: one column for the top three rows, none below.
    /// More lean turns a T into a 7 and a d into a b at this size.
    static func leanShift(row: Int) -> Int { row < 3 ? 1 : 0 }

    /// Whether a glyph placed at (`top`, `column`) shares no cell with `occupied` and touches none of
    /// them side by side or above and below.
    static func fits(_ shape: [Cell], top: Int, column: Int, beside occupied: Set<Cell>) -> Bool {
        !shape.contains { cell in
            let placed = Cell(row: top + cell.row, column: column + cell.column)
            return [placed, Cell(row: placed.row, column: placed.column - 1), Cell(row: placed.row, column: placed.column + 1),
                    Cell(row: placed.row - 1, column: placed.column), Cell(row: placed.row + 1, column: placed.column)]
                .contains(where: occupied.contains)
        }
    }

    /// The cell and the eight around it.
    static func neighbourhood(of cell: Cell) -> [Cell] {
        (-1...1).flatMap { dr in (-1...1).map { dc in Cell(row: cell.row + dr, column: cell.column + dc) } }
    }
}
