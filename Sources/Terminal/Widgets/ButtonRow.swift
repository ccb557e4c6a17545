/// A row of buttons, `< Regresar >  < Continuar >`. The focused one shows without colour:
/// `▸ Continuar ◂` (ASCII `> Continuar <`), in reverse video, with the cursor on it.
public struct ButtonRow: Hashable, Sendable {
    public var labels: [String]
    /// The index of the button with the focus, if one has it.
    public var focused: Int?

    public init(_ labels: [String], focused: Int? = nil) {
        self.labels = labels
        self.focused = focused
    }

    /// Columns between buttons.
    static let gap = 2

    /// Columns the row takes on `canvas`.
    public func width(on canvas: Canvas) -> Int {
        guard !labels.isEmpty else { return 0 }
        return labels.reduce(0) { $0 + canvas.width(of: $1) + 4 } + Self.gap * (labels.count - 1)
    }

    /// The column where the row must start to end `margin` columns before the right edge.
    public func trailingColumn(on canvas: Canvas, margin: Int = 2) -> Int {
        max(0, canvas.size.columns - margin - width(on: canvas))
    }

    /// Draws the row starting at `point` (the first button's `<`).
    public func draw(on canvas: Canvas, at point: Point) {
        var column = point.column
        for (index, label) in labels.enumerated() {
            let start = Point(row: point.row, column: column)
            if index == focused {
                let glyphs = canvas.glyphs
                column += canvas.put("\(glyphs.focusedButtonStart) \(label) \(glyphs.focusedButtonEnd)",
                                     at: start, style: .focusedButton)
                canvas.placeCursor(at: Point(row: point.row, column: start.column + 2))
            } else {
                column += canvas.put("< \(label) >", at: start, style: .button)
            }
            column += Self.gap
        }
    }
}
