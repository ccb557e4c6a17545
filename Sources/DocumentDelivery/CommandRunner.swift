import FoundationEssentials
import ProcessKit

/// Finds and runs the CUPS client programs.
struct CommandRunner: Sendable {
    /// Directories searched for programs; tests point it at fakes.
    var searchPath: [String] = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin")
        .split(separator: ":").map(String.init)

    func locate(_ program: String) -> URL? {
        searchPath.map { URL(fileURLWithPath: $0).appendingPathComponent(program) }
            .first { FileManager.default.isExecutableFile(atPath: $0.path) }
    }

    /// Runs to completion in the C locale (its messages are parsed); output is stdout and stderr together.
    func run(_ program: URL, _ arguments: [String]) -> (status: Int32, output: String) {
        var environment = ProcessInfo.processInfo.environment
        environment["LANG"] = "C"
        return ChildProcess.run(program.path, arguments: arguments, environment: environment)
    }
}
