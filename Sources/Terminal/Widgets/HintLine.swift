/// The key-hint line at the bottom of every screen: "F1 Ayuda  Tab Campo  F10 Salir".
/// Hints that do not fit whole are left out rather than cut.
public struct HintLine: Hashable, Sendable {
    public var hints: [KeyHint]

    public init(_ hints: [KeyHint]) {
        self.hints = hints
    }

    /// Draws the line on row `row` of `canvas`, across its whole width.
    public func draw(on canvas: Canvas, row: Int) {
        canvas.fill(Rect(row: row, column: 0, rows: 1, columns: canvas.size.columns), style: .hintLine)
        var column = 1
        for hint in hints {
            let needed = canvas.width(of: hint.key) + 1 + canvas.width(of: hint.action)
            guard column + needed <= canvas.size.columns - 1 else { break }
            column += canvas.put(hint.key, at: Point(row: row, column: column), style: .hintKey)
            column += 1
            column += canvas.put(hint.action, at: Point(row: row, column: column), style: .hintLine)
            column += 2
        }
    }
}
