import Foundation

/// A value as the store keeps it, the same for SQLite and PostgreSQL: the tables bind and read only these.
/// Flags are integers 0 and 1 in both databases, times are seconds since 1970 as doubles.
public enum SQLValue: Sendable, Hashable {
    case null
    case integer(Int64)
    case double(Double)
    case text(String)
    case blob([UInt8])
}

/// A Swift value the tables bind to a `?`.
public protocol SQLBindable {
    var sqlValue: SQLValue { get }
}

/// A Swift value the tables read from a column; nil when the stored value is of another kind.
public protocol SQLColumnDecodable {
    static func decode(_ value: SQLValue) -> Self?
}

extension String: SQLBindable, SQLColumnDecodable {
    public var sqlValue: SQLValue { .text(self) }
    public static func decode(_ value: SQLValue) -> String? {
        if case .text(let text) = value { return text }
        return nil
    }
}

extension Int64: SQLBindable, SQLColumnDecodable {
    public var sqlValue: SQLValue { .integer(self) }
    public static func decode(_ value: SQLValue) -> Int64? {
        if case .integer(let integer) = value { return integer }
        return nil
    }
}

extension Int: SQLBindable, SQLColumnDecodable {
    public var sqlValue: SQLValue { .integer(Int64(self)) }
    public static func decode(_ value: SQLValue) -> Int? { Int64.decode(value).map(Int.init) }
}

extension Double: SQLBindable, SQLColumnDecodable {
    public var sqlValue: SQLValue { .double(self) }
    /// An integer column read as a double too: SQLite keeps a whole REAL as an integer in an expression.
    public static func decode(_ value: SQLValue) -> Double? {
        switch value {
        case .double(let double): double
        case .integer(let integer): Double(integer)
        default: nil
        }
    }
}

extension Bool: SQLBindable, SQLColumnDecodable {
    public var sqlValue: SQLValue { .integer(self ? 1 : 0) }
    public static func decode(_ value: SQLValue) -> Bool? { Int64.decode(value).map { $0 != 0 } }
}

extension Data: SQLBindable, SQLColumnDecodable {
    public var sqlValue: SQLValue { .blob([UInt8](self)) }
    public static func decode(_ value: SQLValue) -> Data? {
        if case .blob(let bytes) = value { return Data(bytes) }
        return nil
    }
}

extension Optional: SQLColumnDecodable where Wrapped: SQLColumnDecodable {
    public static func decode(_ value: SQLValue) -> Wrapped?? {
        if value == .null { return .some(nil) }
        return Wrapped.decode(value).map { .some($0) }
    }
}

/// The values of a statement's `?`, in order: `[id, curp, nil]`, as the tables write them.
public struct SQLArguments: ExpressibleByArrayLiteral, Sendable {
    public var values: [SQLValue]

    public init(_ values: [SQLValue]) { self.values = values }

    public init(arrayLiteral elements: (any SQLBindable)?...) {
        values = elements.map { $0?.sqlValue ?? .null }
    }
}
