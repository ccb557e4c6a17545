import FoundationEssentials
import ProcessKit

/// Finds and runs the CUPS client programs.
struct CommandRunner: Sendable {
    /// Directories searched for programs; tests point it at fakes. Nil: this process's PATH, read when
    /// a program is looked for (not when the wizard starts, before its first screen).
    var searchPath: [String]?

    func locate(_ program: String) -> URL? {
        let directories = searchPath ?? (Environment.current["PATH"] ?? "/usr/bin:/bin").split(separator: ":").map(String.init)
        return directories.map { URL(fileURLWithPath: $0).appendingPathComponent(program) }
            .first { FileManager.default.isExecutableFile(atPath: $0.path) }
    }

    /// Runs to completion in the C locale (its messages are parsed); output is stdout and stderr together.
    func run(_ program: URL, _ arguments: [String]) -> (status: Int32, output: String) {
        var environment = Environment.current
        environment["LANG"] = "C"
        return ChildProcess.run(program.path, arguments: arguments, environment: environment)
    }
}
