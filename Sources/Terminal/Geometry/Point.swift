/// A cell position: row and column, counted from zero at the top left.
public struct Point: Hashable, Sendable, CustomStringConvertible {
    public var row: Int
    public var column: Int

    public init(row: Int, column: Int) {
        self.row = row
        self.column = column
    }

    public static let zero = Point(row: 0, column: 0)

    public var description: String { "(\(row),\(column))" }
}
