/// Breaks text into lines of at most a given number of columns, at spaces when it can.
public enum TextWrapping {
    /// The lines of `text` for a box `columns` wide. "\n" starts a new line; a word wider than
    /// the box is cut where it must be.
    public static func wrap(_ text: String, columns: Int) -> [String] {
        guard columns > 0 else { return [] }
        return text.split(separator: "\n", omittingEmptySubsequences: false).flatMap {
            wrapParagraph(String($0), columns: columns)
        }
    }

    /// One paragraph's lines; an empty paragraph is one empty line.
    private static func wrapParagraph(_ paragraph: String, columns: Int) -> [String] {
        var lines: [String] = []
        var line = ""
        var lineWidth = 0
        for word in paragraph.split(separator: " ") {
            var word = String(word)
            var wordWidth = TextWidth.of(word)
            if lineWidth > 0 && lineWidth + 1 + wordWidth <= columns {
                line += " " + word
                lineWidth += 1 + wordWidth
                continue
            }
            if lineWidth > 0 { lines.append(line) }
            while wordWidth > columns {
                let fitting = TextWidth.prefix(of: word, fitting: columns)
                let head = fitting.isEmpty ? String(word.prefix(1)) : fitting
                lines.append(head)
                word.removeFirst(head.count)
                wordWidth = TextWidth.of(word)
            }
            line = word
            lineWidth = wordWidth
        }
        if !line.isEmpty || lines.isEmpty { lines.append(line) }
        return lines
    }
}
