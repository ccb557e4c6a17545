import Terminal

/// Text wrapped to the body's width at its left margin.
enum Paragraph {
    /// Draws `text` from `row`, in at most `maxRows` rows; returns the rows used.
    @discardableResult
    static func draw(_ text: String, on body: Canvas, row: Int, column: Int = ScreenLayout.margin,
                     style: Style = .body, maxRows: Int = .max) -> Int {
        let lines = body.wrap(text, columns: body.size.columns - column - ScreenLayout.margin).prefix(maxRows)
        for (offset, line) in lines.enumerated() {
            body.put(line, at: Point(row: row + offset, column: column), style: style)
        }
        return lines.count
    }
}
