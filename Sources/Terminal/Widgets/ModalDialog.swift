/// A box over the screen with a title, wrapped text, and buttons or a closing line: the F1
/// help, «¿Deseas salir?», the idle warning. What is under it stays drawn around it.
public struct ModalDialog: Hashable, Sendable {
    public var title: String
    /// The text; "\n" starts a new line, "\n\n" leaves a blank one.
    public var body: String
    public var buttons: ButtonRow?
    /// A last line, right-aligned ("Esc o F1 para cerrar esta ayuda").
    public var footer: String?
    /// The widest the box may be, borders included.
    public var maxWidth: Int

    public init(title: String, body: String, buttons: ButtonRow? = nil, footer: String? = nil, maxWidth: Int = 72) {
        self.title = title
        self.body = body
        self.buttons = buttons
        self.footer = footer
        self.maxWidth = maxWidth
    }

    /// Draws the dialog centred on `canvas` and returns where it went.
    @discardableResult
    public func draw(on canvas: Canvas) -> Rect {
        let width = min(maxWidth, canvas.size.columns - 2)
        guard width >= 8, canvas.size.rows >= 4 else { return Rect(origin: .zero, size: Size(rows: 0, columns: 0)) }
        let textWidth = width - 4
        let lines = canvas.wrap(body, columns: textWidth)
        let extra = (buttons == nil ? 0 : 2) + (footer == nil ? 0 : 2)
        let height = min(canvas.size.rows, lines.count + extra + 4)
        let frame = Rect(origin: .zero, size: canvas.size).centred(Size(rows: height, columns: width))
        canvas.fill(frame, style: .dialog)
        canvas.box(frame, style: .dialog, title: title, titleStyle: .dialogTitle)

        let inside = canvas.region(frame.inset(rows: 1, columns: 2))
        let bottomRows = extra
        for (offset, line) in lines.prefix(max(0, inside.size.rows - 1 - bottomRows)).enumerated() {
            inside.put(line, at: Point(row: 1 + offset, column: 0), style: .dialog)
        }
        var row = inside.size.rows - 1
        if let footer {
            row -= 1
            inside.put(footer, at: Point(row: row, column: max(0, inside.size.columns - inside.width(of: footer))),
                       style: .dialog)
        }
        if let buttons {
            row -= footer == nil ? 1 : 2
            buttons.draw(on: inside, at: Point(row: row, column: buttons.trailingColumn(on: inside, margin: 0)))
        }
        return frame
    }
}
