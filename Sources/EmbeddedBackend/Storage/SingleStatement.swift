/// The connection of `SQLStore.readStatement`: lets one statement through, outside any transaction, and
/// refuses a second one, which would see another snapshot than the first.
final class SingleStatement: SQLConnection {
    private let connection: any SQLConnection
    private var ran = false

    init(_ connection: any SQLConnection) {
        self.connection = connection
    }

    func run(_ sql: String, _ arguments: [SQLValue]) throws -> SQLResult {
        guard !ran else { throw StoreFailure(kind: .other, code: "a second statement in a single-statement read") }
        ran = true
        return try connection.run(sql, arguments)
    }
}
