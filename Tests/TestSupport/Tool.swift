import Foundation
import ProcessKit

/// A program the tests run: one of the project's own, built beside the test runner, or one on the
/// machine (poppler-utils, zbar-tools, openssl, mutt, tmux…) used as an independent reader of what
/// the project writes. Every run goes through ProcessKit's `ProgramRun`: it suspends instead of
/// blocking, reads both outputs at once, and has a deadline.
public struct Tool: Sendable {
    public let name: String
    /// Where it is; nil when it is not installed.
    public let path: String?

    /// A program on the PATH.
    public init(_ name: String) {
        self.name = name
        let directories = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":")
        path = directories.map { "\($0)/\(name)" }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    /// One of the project's programs, built into the test runner's folder (or one above it).
    public static func built(_ name: String) -> Tool {
        var directory = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        for _ in 0..<4 {
            let candidate = directory.appendingPathComponent(name).path
            if FileManager.default.isExecutableFile(atPath: candidate) { return Tool(name: name, path: candidate) }
            directory.deleteLastPathComponent()
        }
        return Tool(name: name, path: URL(fileURLWithPath: ".build/debug/\(name)").standardizedFileURL.path)
    }

    private init(name: String, path: String?) {
        self.name = name
        self.path = path
    }

    public var isInstalled: Bool { path != nil }

    /// Runs it to its end in the tests' own environment (`TestEnvironment`) with `environment` over it.
    public func run(_ arguments: [String], input: [UInt8]? = nil, environment: [String: String] = [:],
                    inheriting: Bool = true, deadline: Duration = .seconds(60)) async throws -> ProgramOutcome {
        guard let path else { throw ToolError.missing(name) }
        let base = inheriting ? TestEnvironment.variables : [:]
        return try await ProgramRun(path, arguments, environment: base.merging(environment) { $1 },
                                    input: input, deadline: deadline).run()
    }

    /// Runs it and returns its standard output; a non-zero exit throws with what it said.
    @discardableResult
    public func output(_ arguments: [String], input: [UInt8]? = nil, deadline: Duration = .seconds(60)) async throws -> String {
        let run = try await run(arguments, input: input, deadline: deadline)
        guard run.succeeded else { throw ToolError.failed(name, run.status, run.errorText) }
        return run.outputText
    }

    public static let pdftotext = Tool("pdftotext")
    public static let pdfinfo = Tool("pdfinfo")
    public static let pdftoppm = Tool("pdftoppm")
    public static let pdfsig = Tool("pdfsig")
    public static let zbarimg = Tool("zbarimg")
    public static let openssl = Tool("openssl")
    public static let python3 = Tool("python3")
    public static let mutt = Tool("mutt")
    public static let script = Tool("script")
    public static let tmux = Tool("tmux")
}

public enum ToolError: Error, CustomStringConvertible {
    case missing(String)
    case failed(String, Int32, String)

    public var description: String {
        switch self {
        case .missing(let name): "\(name) is not installed (`make test` installs it)"
        case .failed(let name, let status, let said): "\(name) exited with status \(status): \(said)"
        }
    }
}
