/// The chrome around every screen at 80×24: a box, the title bar, a line, the body, a line,
/// the key-hint line. Returns the body, where the screen draws its own content.
public struct ScreenFrame: Hashable, Sendable {
    public var titleBar: TitleBar
    public var hintLine: HintLine

    public init(titleBar: TitleBar, hintLine: HintLine) {
        self.titleBar = titleBar
        self.hintLine = hintLine
    }

    /// Rows taken by the chrome: border, two title rows, line; line, hints, border.
    public static let chromeRows = 7

    /// Draws the chrome on the whole of `canvas` and returns the body's canvas.
    @discardableResult
    public func draw(on canvas: Canvas) -> Canvas {
        let size = canvas.size
        guard size.rows >= Self.chromeRows, size.columns >= 4 else { return canvas }
        let inner = size.columns - 2
        canvas.box(Rect(origin: .zero, size: size), style: .frame)
        titleBar.draw(on: canvas.region(Rect(row: 1, column: 1, rows: 2, columns: inner)), row: 0)
        separator(on: canvas, row: 3)
        separator(on: canvas, row: size.rows - 3)
        hintLine.draw(on: canvas.region(Rect(row: size.rows - 2, column: 1, rows: 1, columns: inner)), row: 0)
        return canvas.region(Rect(row: 4, column: 1, rows: size.rows - Self.chromeRows, columns: inner))
    }

    private func separator(on canvas: Canvas, row: Int) {
        canvas.put(canvas.glyphs.leftTee, at: Point(row: row, column: 0), style: .frame)
        canvas.horizontalLine(at: Point(row: row, column: 1), width: canvas.size.columns - 2, style: .frame)
        canvas.put(canvas.glyphs.rightTee, at: Point(row: row, column: canvas.size.columns - 1), style: .frame)
    }
}
