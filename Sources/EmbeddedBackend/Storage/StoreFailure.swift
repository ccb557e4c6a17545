/// A storage failure in terms the backend acts on, the same for both databases. Its description names
/// the database's code only, never SQL text or data.
public struct StoreFailure: Error, CustomStringConvertible, Sendable {
    public enum Kind: Sendable, Equatable {
        /// A UNIQUE or PRIMARY KEY constraint refused a row (SQLite's SQLITE_CONSTRAINT_UNIQUE, SQLSTATE 23505).
        case uniqueViolation
        /// No space left (SQLITE_FULL, SQLSTATE 53100).
        case diskFull
        /// The database server cannot be reached or the connection was lost; the next call reconnects.
        case unavailable
        /// Concurrent transactions could not be serialized (SQLSTATE 40001, 40P01): run again.
        case serialization
        case other
    }

    public var kind: Kind
    /// `SQLite error 2067`, `PostgreSQL SQLSTATE 23505`, `PostgreSQL connection lost`.
    public var code: String

    public var description: String { code }
}
