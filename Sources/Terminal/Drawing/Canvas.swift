import CNcursesw
import NSSCore

/// Where screens and widgets draw: text at a row and column in a named style.
///
/// Every string is sanitised (no control character or escape sequence ever reaches the
/// terminal), shown in ASCII when the terminal needs it, measured in columns (ñ is one,
/// 日 is two) and clipped to the canvas. A canvas can be narrowed to a region, whose
/// coordinates then start at its own top left.
public struct Canvas {
    let window: UnsafeMutablePointer<WINDOW>
    public let theme: Theme
    public let glyphs: Glyphs
    /// This canvas's rectangle in window coordinates.
    let bounds: Rect
    let cursor: CursorRequest

    init(window: UnsafeMutablePointer<WINDOW>, theme: Theme, glyphs: Glyphs) {
        var rows: Int32 = 0, columns: Int32 = 0
        nc_getmaxyx(window, &rows, &columns)
        self.window = window
        self.theme = theme
        self.glyphs = glyphs
        bounds = Rect(row: 0, column: 0, rows: Int(rows), columns: Int(columns))
        cursor = CursorRequest()
    }

    private init(parent: Canvas, bounds: Rect) {
        window = parent.window
        theme = parent.theme
        glyphs = parent.glyphs
        self.bounds = bounds
        cursor = parent.cursor
    }

    public var size: Size { bounds.size }

    /// A canvas for `rect` (in this canvas's coordinates), clipped to this one.
    public func region(_ rect: Rect) -> Canvas {
        let moved = Rect(row: bounds.top + rect.top, column: bounds.left + rect.left,
                         rows: rect.size.rows, columns: rect.size.columns)
        return Canvas(parent: self, bounds: moved.intersection(bounds))
    }

    /// `text` as it will appear: sanitised, and in ASCII when the terminal needs it.
    public func displayed(_ text: String) -> String {
        let clean = TerminalText.shown(text, replacement: glyphs.replacement)
        return glyphs.textMode == .ascii ? ASCIIFallback.apply(clean) : clean
    }

    /// The lines of `text` as displayed, wrapped to `columns`; "\n" starts a new line.
    public func wrap(_ text: String, columns: Int) -> [String] {
        text.split(separator: "\n", omittingEmptySubsequences: false).flatMap {
            TextWrapping.wrap(displayed(String($0)), columns: columns)
        }
    }

    /// The columns `text` takes once displayed.
    public func width(of text: String) -> Int {
        TextWidth.of(displayed(text))
    }

    /// Writes `text` at `point` in `style`, in at most `width` columns (and never past the
    /// right edge). Returns the columns written.
    @discardableResult
    public func put(_ text: String, at point: Point, style: Style, width: Int? = nil) -> Int {
        guard point.row >= 0, point.row < size.rows else { return 0 }
        if let written = putSingleColumn(text, at: point, style: style, width: width) { return written }
        var shown = displayed(text)
        var column = point.column
        var limit = width ?? Int.max
        if column < 0 {
            let hidden = TextWidth.prefix(of: shown, fitting: -column)
            shown.removeFirst(hidden.count)
            limit -= -column
            column = 0
        }
        while let first = shown.first, TextWidth.of(first) == 0 { shown.removeFirst() }
        let available = min(limit, size.columns - column)
        guard available > 0, !shown.isEmpty else { return 0 }
        let fitting = TextWidth.prefix(of: shown, fitting: available)
        let (attributes, pair) = theme.curses(style)
        var wide = fitting.unicodeScalars.map { wchar_t(bitPattern: $0.value) }
        wattr_set(window, attributes, pair, nil)
        mvwaddnwstr(window, Int32(bounds.top + point.row), Int32(bounds.left + column), &wide, Int32(wide.count))
        wattr_set(window, nc_a_normal(), 0, nil)
        return TextWidth.of(fitting)
    }

    /// `put` for text whose every scalar takes one column on its own (`TextWidth.isSingleColumn`;
    /// only printable ASCII when the terminal shows ASCII): nothing to sanitise or transliterate, one
    /// column per scalar. That is most of a screen: Spanish text, the frame's lines. Nil for anything
    /// else, which the general path measures character by character. Same result as that path, a
    /// fraction of its work on the first paint.
    private func putSingleColumn(_ text: String, at point: Point, style: Style, width: Int?) -> Int? {
        let asciiOnly = glyphs.textMode == .ascii
        let skipped = max(0, -point.column)
        let column = max(0, point.column)
        let room = min((width ?? Int.max) - skipped, size.columns - column)
        var wide: [wchar_t] = []
        wide.reserveCapacity(max(0, min(room, text.utf8.count)))
        var index = 0
        for scalar in text.unicodeScalars {
            guard asciiOnly ? TextWidth.isPrintableASCII(scalar) : TextWidth.isSingleColumn(scalar)
            else { return nil }
            if index >= skipped && wide.count < room { wide.append(wchar_t(bitPattern: scalar.value)) }
            index += 1
        }
        guard !wide.isEmpty else { return 0 }
        let (attributes, pair) = theme.curses(style)
        wattr_set(window, attributes, pair, nil)
        mvwaddnwstr(window, Int32(bounds.top + point.row), Int32(bounds.left + column), &wide, Int32(wide.count))
        wattr_set(window, nc_a_normal(), 0, nil)
        return wide.count
    }

    /// Paints `rect` with spaces in `style`.
    public func fill(_ rect: Rect, style: Style) {
        let area = rect.intersection(Rect(origin: .zero, size: size))
        guard !area.isEmpty else { return }
        let blank = String(repeating: " ", count: area.size.columns)
        for row in area.top..<area.bottom {
            put(blank, at: Point(row: row, column: area.left), style: style)
        }
    }

    /// Paints the whole canvas with spaces in `style`. The whole window, as every frame begins, is
    /// erased by ncurses in one pass with a background in `style` (same cells as writing spaces, a
    /// tenth of the work); a region is filled row by row.
    public func clear(style: Style = .body) {
        var rows: Int32 = 0, columns: Int32 = 0
        nc_getmaxyx(window, &rows, &columns)
        guard bounds == Rect(row: 0, column: 0, rows: Int(rows), columns: Int(columns)) else {
            fill(Rect(origin: .zero, size: size), style: style)
            return
        }
        let (attributes, pair) = theme.curses(style)
        var blank = cchar_t(), plain = cchar_t()
        let space: [wchar_t] = [0x20, 0]
        setcchar(&blank, space, attributes, pair, nil)
        setcchar(&plain, space, nc_a_normal(), 0, nil)
        wbkgrndset(window, &blank)
        werase(window)
        wbkgrndset(window, &plain)
    }

    /// A horizontal line of `width` columns.
    public func horizontalLine(at point: Point, width: Int, style: Style) {
        guard width > 0 else { return }
        put(String(repeating: glyphs.horizontal, count: width), at: point, style: style)
    }

    /// A vertical line of `height` rows.
    public func verticalLine(at point: Point, height: Int, style: Style) {
        for row in 0..<max(0, height) {
            put(glyphs.vertical, at: Point(row: point.row + row, column: point.column), style: style)
        }
    }

    /// A box around `rect`; a title, if any, sits in the top line ("┌ Ayuda ───┐").
    public func box(_ rect: Rect, style: Style, title: String? = nil, titleStyle: Style? = nil) {
        guard rect.size.rows >= 2, rect.size.columns >= 2 else { return }
        let inner = rect.size.columns - 2
        put(glyphs.topLeft, at: rect.origin, style: style)
        horizontalLine(at: Point(row: rect.top, column: rect.left + 1), width: inner, style: style)
        put(glyphs.topRight, at: Point(row: rect.top, column: rect.right - 1), style: style)
        verticalLine(at: Point(row: rect.top + 1, column: rect.left), height: rect.size.rows - 2, style: style)
        verticalLine(at: Point(row: rect.top + 1, column: rect.right - 1), height: rect.size.rows - 2, style: style)
        put(glyphs.bottomLeft, at: Point(row: rect.bottom - 1, column: rect.left), style: style)
        horizontalLine(at: Point(row: rect.bottom - 1, column: rect.left + 1), width: inner, style: style)
        put(glyphs.bottomRight, at: Point(row: rect.bottom - 1, column: rect.right - 1), style: style)
        if let title, inner > 2 {
            put(" \(title) ", at: Point(row: rect.top, column: rect.left + 1), style: titleStyle ?? style,
                width: inner - 1)
        }
    }

    /// Parks the terminal's cursor at `point` once the frame is shown: screen readers and
    /// braille lines follow the cursor, so it goes where the focus is.
    public func placeCursor(at point: Point) {
        guard point.row >= 0, point.row < size.rows, point.column >= 0, point.column < size.columns else { return }
        cursor.point = Point(row: bounds.top + point.row, column: bounds.left + point.column)
    }

    /// Where the cursor will be parked, in window coordinates (nil: hidden).
    public var parkedCursor: Point? { cursor.point }

    /// Sends the frame to the terminal: ncurses writes only the cells that changed.
    func present() {
        if let point = cursor.point {
            wmove(window, Int32(point.row), Int32(point.column))
            curs_set(1)
        } else {
            curs_set(0)
        }
        wnoutrefresh(window)
        doupdate()
    }
}

/// The cursor position that a frame's widgets ask for; shared by a canvas and its regions.
final class CursorRequest {
    var point: Point?
}
