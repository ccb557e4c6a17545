/// A size in terminal cells.
public struct Size: Hashable, Sendable, CustomStringConvertible {
    public var rows: Int
    public var columns: Int

    public init(rows: Int, columns: Int) {
        self.rows = rows
        self.columns = columns
    }

    /// The classic terminal, and the size every screen of the wizard is designed for.
    public static let standard = Size(rows: 24, columns: 80)

    /// Whether `other` fits inside this size.
    public func contains(_ other: Size) -> Bool {
        other.rows <= rows && other.columns <= columns
    }

    /// Columns × rows, the way people say a terminal size ("80×24").
    public var description: String { "\(columns)×\(rows)" }
}
