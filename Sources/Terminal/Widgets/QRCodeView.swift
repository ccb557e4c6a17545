import NSSCore

/// A QR code drawn with half blocks: two rows of modules per row of text, so a code of 29 modules and its
/// quiet zone take 33 columns and 17 rows. The ink of each glyph is a dark module, on the light ground
/// of the `.qrCode` style (black on white in colour, reverse video in monochrome).
public struct QRCodeView {
    public let picture: QRCodePicture
    /// Light modules around the code. The standard asks for 4; phone cameras read 2 well, and 2 keep a
    /// code of the usual office address inside an 80×24 terminal.
    public static let quietZone = 2

    public init(_ picture: QRCodePicture) { self.picture = picture }

    /// The columns and rows the code takes with its quiet zone.
    public var size: Size {
        let modules = picture.width + 2 * Self.quietZone
        return Size(rows: (modules + 1) / 2, columns: modules)
    }

    /// Whether the code can be drawn on `canvas` whole: it needs the half blocks of a Unicode terminal
    /// and its size. A code drawn in part, or in other glyphs, reads as nothing.
    public func fits(on canvas: Canvas) -> Bool {
        picture.width > 0 && canvas.glyphs.textMode == .unicode
            && size.rows <= canvas.size.rows && size.columns <= canvas.size.columns
    }

    /// Draws the code with its top left at `point`; nothing when it does not fit (`fits`).
    public func draw(on canvas: Canvas, at point: Point) {
        guard fits(on: canvas) else { return }
        let size = size
        for textRow in 0..<size.rows {
            var line = ""
            for column in 0..<size.columns {
                let top = isDark(row: 2 * textRow, column: column)
                let bottom = isDark(row: 2 * textRow + 1, column: column)
                let glyph: String = switch (top, bottom) {
                case (false, false): " "
                case (true, false): "▀"
                case (false, true): "▄"
                case (true, true): "█"
                }
                line += glyph
            }
            canvas.put(line, at: Point(row: point.row + textRow, column: point.column), style: .qrCode)
        }
    }

    /// Whether the module at `row`, `column` of the code with its quiet zone is dark.
    private func isDark(row: Int, column: Int) -> Bool {
        picture.isDark(row: row - Self.quietZone, column: column - Self.quietZone)
    }
}
