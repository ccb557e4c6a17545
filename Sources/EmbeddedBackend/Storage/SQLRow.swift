/// One row of a result, its columns by name (lower case, as both databases name unquoted columns).
public struct SQLRow: Sendable {
    /// A column that is missing, holds a value of another kind, or holds one the code refuses (a CURP that is
    /// not one): the row no longer matches the code. Every table says so with this one error.
    public struct ColumnMismatch: Error, CustomStringConvertible {
        public var column: String
        public var description: String { "stored column \(column) of an unexpected kind" }
    }

    let names: [String]
    let values: [SQLValue]

    public init(names: [String], values: [SQLValue]) {
        self.names = names
        self.values = values
    }

    /// The column's value as `T` (`row["email"] as String?` for a column that may be NULL).
    public subscript<T: SQLColumnDecodable>(_ column: String) -> T {
        get throws {
            guard let index = names.firstIndex(of: column), let value = T.decode(values[index]) else {
                throw ColumnMismatch(column: column)
            }
            return value
        }
    }

    /// The first column's value.
    public var first: SQLValue { values.first ?? .null }
}
