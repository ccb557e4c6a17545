import NSSCore
import Terminal
import Wizard

/// F1: the screen's help in place of its body: what to do on this step (the wizard's words, which the
/// line mode's `:ayuda` says too), then every key of its key table with what it does (the same table as
/// the hint line, so the two never disagree). Help longer than the body scrolls with ↑ ↓ RePág AvPág
/// Inicio Fin, and its last row says which lines show; nothing is cut.
enum HelpOverlay {
    /// The help's keys; the hint line offers «Leer más» only when there is more than one page.
    static func keys(scrolls: Bool) -> KeyTable {
        KeyTable([
        KeyBinding([.escape, .function(1)], name: "Esc", meaning: Phrase.keysHelpClose.text, hint: Phrase.keysHelpCloseHint.text,
                   command: .help),
        KeyBinding([.down], name: "↓", meaning: Phrase.keysHelpDown.text, hint: scrolls ? Phrase.keysHelpMore.text : nil,
                   command: .scroll(by: 1)),
        KeyBinding([.function(10)], name: "F10", meaning: Phrase.keysExit.text, hint: Phrase.buttonExit.text,
                   command: .perform(.exit)),
        KeyBinding([.up], name: "↑", meaning: Phrase.keysHelpUp.text, command: .scroll(by: -1)),
        KeyBinding([.pageDown, .text(" ")], name: Phrase.keysNamePageDown.text, meaning: Phrase.keysHelpPageDown.text, command: .scroll(by: pageRows)),
        KeyBinding([.pageUp], name: Phrase.keysNamePageUp.text, meaning: Phrase.keysHelpPageUp.text, command: .scroll(by: -pageRows)),
        KeyBinding([.home], name: Phrase.keysNameHome.text, meaning: Phrase.keysHelpStart.text, command: .scroll(by: .min)),
        KeyBinding([.end], name: Phrase.keysNameEnd.text, meaning: Phrase.keysHelpEnd.text, command: .scroll(by: .max)),
        ])
    }

    /// The body of the 80×24 frame, where the help shows: its last row says how to close it and which
    /// lines show.
    static let body = Size(rows: Size.standard.rows - ScreenFrame.chromeRows, columns: Size.standard.columns - 2)
    static var visibleRows: Int { body.rows - 1 }
    /// A page keeps one line of the one before, so the reader does not lose the thread.
    static var pageRows: Int { visibleRows - 1 }

    /// One row of the help: a line of text, or a row of keys in two columns.
    enum Row: Hashable {
        case text(String, isHeading: Bool)
        case keys([KeyBinding])
    }

    /// Every row of the help for `help` and `table`, wrapped to `columns`.
    static func rows(help: String, table: KeyTable, columns: Int = body.columns,
                     wrap: (String, Int) -> [String] = TextWrapping.wrap) -> [Row] {
        var rows = wrap(help, columns - 2 * ScreenLayout.margin).map { Row.text($0, isHeading: false) }
        rows += [.text("", isHeading: false), .text(Phrase.keysHelpHeading.text, isHeading: true)]
        let bindings = table.bindings
        let perColumn = (bindings.count + 1) / 2
        for index in 0..<perColumn {
            rows.append(.keys([bindings[index]] + (index + perColumn < bindings.count ? [bindings[index + perColumn]] : [])))
        }
        return rows
    }

    /// The first row to show for a wish of `firstRow`: never past the last page.
    static func clamped(_ firstRow: Int, rowCount: Int) -> Int {
        max(0, min(firstRow, rowCount - visibleRows))
    }

    /// Draws the rows of `help` and `table` from `firstRow` on `body`.
    static func draw(help: String, table: KeyTable, firstRow: Int, on body: Canvas) {
        let rows = rows(help: help, table: table, columns: body.size.columns) { body.wrap($0, columns: $1) }
        let visible = max(1, body.size.rows - 1)
        let first = max(0, min(firstRow, rows.count - visible))
        let columnWidth = ScreenLayout.textWidth(body) / 2
        let nameWidth = (table.bindings.map { body.width(of: $0.name) }.max() ?? 0) + 2
        for (offset, row) in rows.dropFirst(first).prefix(visible).enumerated() {
            switch row {
            case .text(let line, let isHeading):
                body.put(line, at: Point(row: offset, column: ScreenLayout.margin), style: isHeading ? .label : .body)
            case .keys(let pair):
                for (column, binding) in pair.enumerated() {
                    let point = Point(row: offset, column: ScreenLayout.margin + column * columnWidth)
                    body.put(binding.name, at: point, style: .hintKey)
                    body.put(TextWidthFitting.fit(binding.meaning, on: body, columns: columnWidth - nameWidth - 1),
                             at: Point(row: offset, column: point.column + nameWidth), style: .body)
                }
            }
        }
        let footer = rows.count <= visible
            ? Phrase.keysHelpFooter.text
            : Phrase.keysHelpLines.text(["primera": String(first + 1), "ultima": String(min(rows.count, first + visible)), "total": String(rows.count)])
        body.put(footer, at: Point(row: body.size.rows - 1,
                                   column: max(0, body.size.columns - ScreenLayout.margin - body.width(of: footer))),
                 style: .notice)
    }
}
