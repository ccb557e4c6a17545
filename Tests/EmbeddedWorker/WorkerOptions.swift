import Foundation

/// The command line of the worker.
struct WorkerOptions {
    var dataDirectory: URL
    var answer: String
    var from: Int
    var count: Int
    /// `--store URL`: the tables in PostgreSQL.
    var store: String?

    init?(_ arguments: ArraySlice<String>) {
        var values: [String: String] = [:]
        var rest = arguments
        while let flag = rest.popFirst() {
            guard flag.hasPrefix("--"), let value = rest.popFirst() else { return nil }
            values[String(flag.dropFirst(2))] = value
        }
        guard let data = values["data"], let answer = values["answer"],
              let from = values["from"].flatMap(Int.init), let count = values["count"].flatMap(Int.init) else { return nil }
        dataDirectory = URL(fileURLWithPath: data, isDirectory: true)
        self.answer = answer
        self.from = from
        self.count = count
        store = values["store"]
    }
}
