/// A setting's value as the file, the environment or the command line gave it.
public enum SettingValue: Hashable, Sendable, Codable {
    case text(String)
    case integer(Int)
    case flag(Bool)

    public var kind: Setting.Kind {
        switch self {
        case .text: .text
        case .integer: .integer
        case .flag: .flag
        }
    }
}

/// What is wrong with one value, in Spanish, without saying where it came from (the file's line, the
/// environment variable or the option is said by whoever reports it).
public struct SettingProblem: Error, Hashable, Sendable {
    public let message: String

    public init(_ message: String) { self.message = message }
}
