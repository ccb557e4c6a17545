/// A labelled text field: `▸ Label*  [text      ]  trailing`.
///
/// The focus shows without colour: a `▸` before the label, the field in reverse video, and
/// the terminal cursor parked at the insertion point. Text longer than the field scrolls
/// so the cursor stays in view; `<` and `>` replace the brackets on the side where text is
/// hidden. A masked field shows one `•` per character.
public struct TextField: Hashable, Sendable {
    public var label: String
    public var text: String
    /// The insertion point, in characters from the start (0…text.count).
    public var cursor: Int
    public var isFocused: Bool
    public var isRequired: Bool
    public var isMasked: Bool
    /// Columns inside the brackets.
    public var fieldWidth: Int
    /// Columns from the label's start to the opening bracket, so fields line up; nil puts
    /// the bracket two columns after the label.
    public var labelWidth: Int?
    /// Shown after the field ("18/18").
    public var trailing: String?

    public init(label: String, text: String, cursor: Int? = nil, isFocused: Bool = false,
                isRequired: Bool = false, isMasked: Bool = false, fieldWidth: Int,
                labelWidth: Int? = nil, trailing: String? = nil) {
        self.label = label
        self.text = text
        self.cursor = min(max(0, cursor ?? text.count), text.count)
        self.isFocused = isFocused
        self.isRequired = isRequired
        self.isMasked = isMasked
        self.fieldWidth = max(1, fieldWidth)
        self.labelWidth = labelWidth
        self.trailing = trailing
    }

    /// The column (relative to the widget's point) of the first cell inside the brackets.
    public func textColumn(on canvas: Canvas) -> Int {
        let labelColumns = canvas.width(of: label) + (isRequired ? 1 : 0)
        return 1 + max(labelWidth ?? 0, labelColumns + 2) + 1
    }

    /// Draws the field with its focus marker at `point`.
    public func draw(on canvas: Canvas, at point: Point) {
        if isFocused {
            canvas.put(canvas.glyphs.focusMarker, at: point, style: .focusMarker)
        }
        var column = point.column + 1
        column += canvas.put(label, at: Point(row: point.row, column: column), style: .label)
        if isRequired {
            canvas.put("*", at: Point(row: point.row, column: column), style: .requiredMark)
        }
        let start = point.column + textColumn(on: canvas)
        let view = visibleText(on: canvas)
        canvas.put(view.hiddenBefore ? "<" : "[", at: Point(row: point.row, column: start - 1), style: .body)
        canvas.put(view.text + String(repeating: " ", count: max(0, fieldWidth - canvas.width(of: view.text))),
                   at: Point(row: point.row, column: start), style: isFocused ? .focusedField : .field,
                   width: fieldWidth)
        canvas.put(view.hiddenAfter ? ">" : "]", at: Point(row: point.row, column: start + fieldWidth), style: .body)
        if let trailing {
            canvas.put(trailing, at: Point(row: point.row, column: start + fieldWidth + 3), style: .body)
        }
        if isFocused {
            canvas.placeCursor(at: Point(row: point.row, column: start + view.cursorColumn))
        }
    }

    /// The part of the text in view, where the cursor falls in it, and whether text is
    /// hidden on either side.
    func visibleText(on canvas: Canvas) -> (text: String, cursorColumn: Int, hiddenBefore: Bool, hiddenAfter: Bool) {
        let shown = isMasked
            ? String(repeating: canvas.glyphs.textMode == .unicode ? "•" : "*", count: text.count)
            : text
        let characters = shown.map { canvas.displayed(String($0)) }
        let widths = characters.map { TextWidth.of($0) }
        let cursorColumn = widths.prefix(cursor).reduce(0, +)
        var first = 0
        var skipped = 0
        while cursorColumn - skipped > fieldWidth - 1, first < characters.count {
            skipped += widths[first]
            first += 1
        }
        var visible = ""
        var used = 0
        var last = first
        while last < characters.count, used + widths[last] <= fieldWidth {
            visible += characters[last]
            used += widths[last]
            last += 1
        }
        return (visible, cursorColumn - skipped, first > 0, last < characters.count)
    }
}
