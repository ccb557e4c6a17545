/// A rectangle of cells.
public struct Rect: Hashable, Sendable, CustomStringConvertible {
    public var origin: Point
    public var size: Size

    public init(origin: Point, size: Size) {
        self.origin = origin
        self.size = size
    }

    public init(row: Int, column: Int, rows: Int, columns: Int) {
        self.init(origin: Point(row: row, column: column), size: Size(rows: rows, columns: columns))
    }

    public var top: Int { origin.row }
    public var left: Int { origin.column }
    /// One past the last row.
    public var bottom: Int { origin.row + size.rows }
    /// One past the last column.
    public var right: Int { origin.column + size.columns }
    public var isEmpty: Bool { size.rows <= 0 || size.columns <= 0 }

    /// The part of this rectangle inside `other` (empty when they do not meet).
    public func intersection(_ other: Rect) -> Rect {
        let top = max(self.top, other.top), left = max(self.left, other.left)
        let bottom = min(self.bottom, other.bottom), right = min(self.right, other.right)
        return Rect(row: top, column: left, rows: max(0, bottom - top), columns: max(0, right - left))
    }

    /// This rectangle shrunk by `rows` at top and bottom and `columns` at left and right.
    public func inset(rows: Int, columns: Int) -> Rect {
        Rect(row: top + rows, column: left + columns,
             rows: max(0, size.rows - 2 * rows), columns: max(0, size.columns - 2 * columns))
    }

    /// A rectangle of `size` centred in this one (clamped to it).
    public func centred(_ size: Size) -> Rect {
        let rows = min(size.rows, self.size.rows), columns = min(size.columns, self.size.columns)
        return Rect(row: top + (self.size.rows - rows) / 2, column: left + (self.size.columns - columns) / 2,
                    rows: rows, columns: columns)
    }

    public var description: String { "\(origin) \(size)" }
}
