import CNcursesw

/// Reads ncurses' picture of the terminal back, cell by cell, into a `ScreenSnapshot`.
enum ScreenReader {
    /// The cells of `window` (normally `curscr`, what the terminal shows after `doupdate`).
    static func read(_ window: UnsafeMutablePointer<WINDOW>, size: Size, cursor: Point?) -> ScreenSnapshot {
        var lines: [String] = [], attributes: [String] = [], pairs: [String] = []
        for row in 0..<size.rows {
            var line = "", attributeRow = "", pairRow = ""
            var column = 0
            while column < size.columns {
                let cell = readCell(window, row: row, column: column)
                let width = max(1, TextWidth.of(Character(cell.text)))
                line += cell.text
                attributeRow += String(repeating: code(cell.attributes.rawValue), count: width)
                pairRow += String(repeating: cell.pair == 0 ? "." : String(cell.pair, radix: 36), count: width)
                column += width
            }
            lines.append(line)
            attributes.append(attributeRow)
            pairs.append(pairRow)
        }
        return ScreenSnapshot(size: size, lines: lines, attributes: attributes, colorPairs: pairs, cursor: cursor)
    }

    private static func readCell(_ window: UnsafeMutablePointer<WINDOW>, row: Int, column: Int)
        -> (text: String, attributes: TextAttributes, pair: Int16) {
        var cell = cchar_t()
        var characters = [wchar_t](repeating: 0, count: 8)
        var bits: attr_t = 0
        var pair: Int16 = 0
        mvwin_wch(window, Int32(row), Int32(column), &cell)
        getcchar(&cell, &characters, &bits, &pair, nil)
        let scalars = characters.prefix { $0 != 0 }.compactMap { Unicode.Scalar(UInt32(bitPattern: $0)) }
        let text = scalars.isEmpty ? " " : String(String.UnicodeScalarView(scalars))
        return (text, TextAttributes(curses: bits), pair)
    }

    private static func code(_ bits: UInt8) -> String {
        bits == 0 ? "." : String(bits, radix: 16)
    }
}
