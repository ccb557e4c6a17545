/// One thing wrong in a configuration file: its line (nil when it is the file as a whole) and what is
/// wrong, in Spanish.
public struct ConfigProblem: Hashable, Sendable {
    public let line: Int?
    public let message: String

    public init(line: Int?, _ message: String) {
        self.line = line
        self.message = message
    }

    /// `path:line: message`, as compilers write it, so that editors can jump to the line.
    public func described(in path: String) -> String {
        line.map { "\(path):\($0): \(message)" } ?? "\(path): \(message)"
    }
}
