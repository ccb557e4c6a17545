@testable import EmbeddedBackend

/// Reads a captcha picture back the way a person does: ink characters only (noise ignored), split into
/// glyphs at empty columns, each compared with the font at either of its two heights.
enum PictureReader {
    static func read(_ lines: [String]) -> String? {
        let grid = lines.map { Array($0) }
        let width = grid.map(\.count).max() ?? 0
        func inked(_ row: Int, _ column: Int) -> Bool {
            column < grid[row].count && CaptchaPicture.inks.contains(grid[row][column])
        }
        var groups: [ClosedRange<Int>] = []
        var start: Int?
        for column in 0...width {
            let any = column < width && (0..<grid.count).contains { inked($0, column) }
            if any, start == nil { start = column }
            if !any, let first = start {
                groups.append(first...(column - 1))
                start = nil
            }
        }
        var text = ""
        for group in groups {
            let match = CaptchaAlphabet.symbols.first { symbol in
                let glyph = CaptchaFont.glyph(symbol)!
                guard glyph[0].count == group.count else { return false }
                return (1...2).contains { top in
                    (0..<grid.count).allSatisfy { row in
                        group.allSatisfy { column in
                            let glyphRow = row - top
                            let ink = (0..<glyph.count).contains(glyphRow)
                                && Array(glyph[glyphRow])[column - group.lowerBound] != " "
                            return ink == inked(row, column)
                        }
                    }
                }
            }
            guard let match else { return nil }
            text.append(match)
        }
        return text
    }
}
