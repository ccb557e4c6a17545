/// A table with headings, a rule under them, and rows; the selected row in reverse video
/// with a `▸` before it (Folio · Fecha · Documento).
public struct Table: Hashable, Sendable {
    /// A column: its heading and its width (nil: the rest of the row).
    public struct Column: Hashable, Sendable {
        public var heading: String
        public var width: Int?

        public init(_ heading: String, width: Int? = nil) {
            self.heading = heading
            self.width = width
        }
    }

    public var columns: [Column]
    public var rows: [[String]]
    public var selected: Int?

    public init(columns: [Column], rows: [[String]], selected: Int? = nil) {
        self.columns = columns
        self.rows = rows
        self.selected = selected
    }

    /// Columns between two columns of the table.
    static let gap = 2

    /// Draws the table from `point` (the marker column; cells start one column right) across
    /// the rest of the canvas. Returns the rows used.
    @discardableResult
    public func draw(on canvas: Canvas, at point: Point) -> Int {
        let left = point.column + 1
        let widths = columnWidths(available: canvas.size.columns - left - 1)
        let total = widths.reduce(0, +) + Self.gap * max(0, widths.count - 1)
        var column = left
        for (index, heading) in columns.map(\.heading).enumerated() {
            canvas.put(TextWidth.truncate(canvas.displayed(heading), to: widths[index], ellipsis: canvas.glyphs.ellipsis),
                       at: Point(row: point.row, column: column), style: .tableHeader)
            canvas.horizontalLine(at: Point(row: point.row + 1, column: column), width: widths[index], style: .frame)
            column += widths[index] + Self.gap
        }
        for (offset, cells) in rows.enumerated() {
            let row = point.row + 2 + offset
            let isSelected = offset == selected
            if isSelected {
                canvas.put(canvas.glyphs.focusMarker, at: Point(row: row, column: point.column), style: .focusMarker)
                canvas.fill(Rect(row: row, column: left, rows: 1, columns: total), style: .selectedRow)
                canvas.placeCursor(at: Point(row: row, column: left))
            }
            column = left
            for (index, width) in widths.enumerated() {
                let cell = index < cells.count ? canvas.displayed(cells[index]) : ""
                canvas.put(TextWidth.truncate(cell, to: width, ellipsis: canvas.glyphs.ellipsis),
                           at: Point(row: row, column: column), style: isSelected ? .selectedRow : .body)
                column += width + Self.gap
            }
        }
        return 2 + rows.count
    }

    /// Each column's width; the flexible ones share what the fixed ones leave.
    func columnWidths(available: Int) -> [Int] {
        let fixed = columns.compactMap(\.width).reduce(0, +) + Self.gap * max(0, columns.count - 1)
        let flexible = columns.filter { $0.width == nil }.count
        let share = flexible == 0 ? 0 : max(1, (available - fixed) / flexible)
        return columns.map { $0.width ?? share }
    }
}
