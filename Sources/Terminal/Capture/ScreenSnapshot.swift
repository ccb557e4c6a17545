/// What a terminal screen showed: the text of every row, and per cell the attributes and
/// colour pair ncurses held for it. Compared against golden files in tests.
public struct ScreenSnapshot: Hashable, Sendable {
    public let size: Size
    /// Each row's text; a wide character is one `Character` covering two columns.
    public let lines: [String]
    /// One character per column: "." for none, else a hex digit summing
    /// 1 bold, 2 reverse, 4 underline, 8 dim.
    public let attributes: [String]
    /// One character per column: "." for the default pair, else the pair number in base 36
    /// (pair n is `Style(rawValue: n - 1)`).
    public let colorPairs: [String]
    /// Where the terminal cursor was parked, if it was shown.
    public let cursor: Point?

    public init(size: Size, lines: [String], attributes: [String], colorPairs: [String], cursor: Point?) {
        self.size = size
        self.lines = lines
        self.attributes = attributes
        self.colorPairs = colorPairs
        self.cursor = cursor
    }

    /// The rows, right-trimmed, one per line.
    public var text: String {
        lines.map { String($0.reversed().drop(while: { $0 == " " }).reversed()) }.joined(separator: "\n")
    }

    /// Whether some row contains `fragment`.
    public func contains(_ fragment: String) -> Bool {
        lines.contains { $0.contains(fragment) }
    }

    /// The attribute codes of the cells at `row` from `column`, `count` long.
    public func attributes(row: Int, column: Int, count: Int) -> String {
        String(Array(attributes[row]).dropFirst(column).prefix(count))
    }

    /// The golden-file form: a header, the text rows (each ended by "|" so trailing spaces
    /// survive editors), then the attribute and colour layers.
    public var golden: String {
        var out = "# screen \(size.columns)x\(size.rows), cursor \(cursor.map { "\($0.row),\($0.column)" } ?? "hidden")\n"
        out += lines.map { $0 + "|" }.joined(separator: "\n")
        out += "\n# attributes: . none, else hex sum of 1 bold, 2 reverse, 4 underline, 8 dim\n"
        out += attributes.joined(separator: "\n")
        out += "\n# colour pairs: . default, else base-36 pair number (style index + 1)\n"
        out += colorPairs.joined(separator: "\n")
        return out + "\n"
    }
}
