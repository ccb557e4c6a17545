@testable import EmbeddedBackend

/// A program that reads captcha pictures the way an attacker who has the source would start: it knows
/// the inks, the font with every form of every glyph, and the rows a glyph may start at. It keeps the
/// ink (noise ignored), splits the picture at empty columns, and reads each piece as the glyph template
/// nearest to it (fewest differing cells, at any of the three heights); a piece wider than a glyph is
/// cut into glyphs at the cuts that match best (dynamic programming over widths from a column narrower
/// to three wider than the font's). It reads every picture drawn without distortion
/// (`CaptchaDistortion.none`).
enum TemplateSolver {
    /// A glyph template: one bit per row of each column.
    struct Template {
        var symbol: Character
        var columns: [UInt16]
    }

    /// Every form of every symbol at every starting row.
    static let templates: [Template] = CaptchaAlphabet.symbols.flatMap { symbol in
        CaptchaFont.forms(symbol).flatMap { form in
            (0...(CaptchaPicture.rows - CaptchaFont.height)).map { top in
                Template(symbol: symbol, columns: (0..<form[0].count).map { column in
                    form.enumerated().reduce(UInt16(0)) { (bits: UInt16, row) -> UInt16 in
                        let shift: Int = top + row.offset
                        return Array(row.element)[column] == " " ? bits : bits | (UInt16(1) << shift)
                    }
                })
            }
        }
    }

    static let widths = Set(templates.map(\.columns.count))

    /// The text of `lines`, or nil when the picture has no ink.
    static func read(_ lines: [String]) -> String? {
        let grid = lines.map(Array.init)
        let width = grid.map(\.count).max() ?? 0
        let columns: [UInt16] = (0..<width).map { column in
            grid.enumerated().reduce(UInt16(0)) { bits, row in
                column < row.element.count && CaptchaPicture.inks.contains(row.element[column])
                    ? bits | (1 << row.offset) : bits
            }
        }
        var pieces: [ArraySlice<UInt16>] = []
        var start: Int?
        for column in 0...width {
            let inked = column < width && columns[column] != 0
            if inked, start == nil { start = column }
            if !inked, let first = start {
                pieces.append(columns[first..<column])
                start = nil
            }
        }
        guard !pieces.isEmpty else { return nil }
        return pieces.map { piece in
            widths.contains(piece.count) ? String(nearest(Array(piece)).symbol) : split(Array(piece))
        }.joined()
    }

    /// The template nearest to `piece`, and how many cells differ.
    static func nearest(_ piece: [UInt16]) -> (symbol: Character, distance: Int) {
        var best: (symbol: Character, distance: Int) = (" ", .max)
        for template in templates {
            var distance = 0
            for column in 0..<max(piece.count, template.columns.count) {
                let a = column < piece.count ? piece[column] : 0
                let b = column < template.columns.count ? template.columns[column] : 0
                distance += (a ^ b).nonzeroBitCount
            }
            if distance < best.distance { best = (template.symbol, distance) }
        }
        return best
    }

    /// A piece of several glyphs, cut where the glyphs match best.
    static func split(_ piece: [UInt16]) -> String {
        let cuts = (widths.min()! - 1)...(widths.max()! + 3)
        var best: [Int: (distance: Int, text: String)] = [0: (0, "")]
        for end in 1...piece.count {
            for width in cuts where end - width >= 0 {
                guard let before = best[end - width] else { continue }
                let glyph = nearest(Array(piece[(end - width)..<end]))
                let candidate = (before.distance + glyph.distance, before.text + String(glyph.symbol))
                if best[end].map({ candidate.0 < $0.distance }) ?? true { best[end] = candidate }
            }
        }
        return best[piece.count]?.text ?? ""
    }
}
