/// A labelled text field: `▸ Label*  [text      ]  trailing`.
///
/// The focus shows without colour and around the text, never on it: a `▸` before the label, the
/// label in reverse video (white on guinda in colour), the empty cells underlined as slots still to
/// fill (gold in colour), and the terminal cursor parked at the insertion point. The typed text itself
/// is in the terminal's own look (`Style.typedText`), so that echoing a key sends the key alone. A
/// field without the focus is underlined, text and slots alike. Text longer than the field scrolls so
/// the cursor stays in view; `<` and `>` replace the brackets on the side where text is hidden. A
/// masked field shows one `•` per character.
///
/// A field found right shows a `✓` after its closing bracket, and its slots are no longer underlined:
/// nothing is left to fill. The cells between the last character and the mark are then all in the
/// terminal's own look, so ncurses, which rewrites a short run of cells rather than moving the cursor
/// over it, sends them as plain characters: the key that completes a CURP costs about 35 bytes.
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
    /// Whether the text is known to be right: a `✓` after the closing bracket.
    public var isRight: Bool

    public init(label: String, text: String, cursor: Int? = nil, isFocused: Bool = false,
                isRequired: Bool = false, isMasked: Bool = false, fieldWidth: Int,
                labelWidth: Int? = nil, trailing: String? = nil, isRight: Bool = false) {
        self.label = label
        self.text = text
        self.cursor = min(max(0, cursor ?? text.count), text.count)
        self.isFocused = isFocused
        self.isRequired = isRequired
        self.isMasked = isMasked
        self.fieldWidth = max(1, fieldWidth)
        self.labelWidth = labelWidth
        self.trailing = trailing
        self.isRight = isRight
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
        column += canvas.put(label, at: Point(row: point.row, column: column), style: isFocused ? .focusedLabel : .label)
        if isRequired {
            canvas.put("*", at: Point(row: point.row, column: column), style: isFocused ? .focusedLabel : .requiredMark)
        }
        let start = point.column + textColumn(on: canvas)
        let view = visibleText(on: canvas)
        canvas.put(view.hiddenBefore ? "<" : "[", at: Point(row: point.row, column: start - 1), style: .body)
        let typed = canvas.put(view.text, at: Point(row: point.row, column: start),
                               style: isFocused ? .typedText : .field, width: fieldWidth)
        let slots: Style = !isFocused ? .field : isRight ? .typedText : .focusedField
        canvas.put(String(repeating: " ", count: max(0, fieldWidth - typed)), at: Point(row: point.row, column: start + typed),
                   style: slots)
        canvas.put(view.hiddenAfter ? ">" : "]", at: Point(row: point.row, column: start + fieldWidth), style: .body)
        if isRight {
            canvas.put(canvas.glyphs.check, at: Point(row: point.row, column: start + fieldWidth + 2), style: .success)
        }
        if let trailing {
            canvas.put(trailing, at: Point(row: point.row, column: start + fieldWidth + (isRight ? 4 : 3)), style: .body)
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
