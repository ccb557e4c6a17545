import Terminal
import Wizard

/// F1: the screen's help in place of its body: what to do on this screen, then every key of its key
/// table with what it does (the same table as the hint line, so the two never disagree).
enum HelpOverlay {
    static let keys = KeyTable([
        KeyBinding([.escape, .function(1)], name: "Esc", meaning: "Cierra la ayuda", hint: "Cerrar ayuda",
                   command: .help),
        KeyBinding([.function(10)], name: "F10", meaning: "Salir y borrar tus datos", hint: "Salir",
                   command: .perform(.exit)),
    ])

    static let footer = "Esc o F1 para cerrar esta ayuda"
    /// Rows of the screen's own help text.
    static let textRows = 5

    /// Draws `help` and the keys of `table` in two columns on `body`.
    static func draw(help: String, table: KeyTable, on body: Canvas) {
        let used = Paragraph.draw(help, on: body, row: 0, maxRows: textRows)
        let top = used + 1
        body.put("Teclas:", at: Point(row: top, column: ScreenLayout.margin), style: .label)
        let bindings = table.bindings
        let perColumn = (bindings.count + 1) / 2
        let columnWidth = ScreenLayout.textWidth(body) / 2
        let nameWidth = (bindings.map { body.width(of: $0.name) }.max() ?? 0) + 2
        for (index, binding) in bindings.enumerated() {
            let point = Point(row: top + 1 + index % perColumn,
                              column: ScreenLayout.margin + (index / perColumn) * columnWidth)
            body.put(binding.name, at: point, style: .hintKey)
            body.put(TextWidthFitting.fit(binding.meaning, on: body, columns: columnWidth - nameWidth - 1),
                     at: Point(row: point.row, column: point.column + nameWidth), style: .body)
        }
        body.put(footer, at: Point(row: body.size.rows - 1,
                                   column: body.size.columns - ScreenLayout.margin - body.width(of: footer)),
                 style: .notice)
    }
}
