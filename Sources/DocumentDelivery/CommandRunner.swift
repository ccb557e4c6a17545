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

    /// How long a CUPS client may take: a spooler that does not answer must not leave the person
    /// waiting on the documents screen.
    var deadline: Duration = .seconds(20)

    /// Runs to completion in the C locale (its messages are parsed). A program that cannot be started
    /// or does not end in time throws, with the reason in Spanish.
    func run(_ program: URL, _ arguments: [String]) async throws(ProgramFailure) -> ProgramOutcome {
        var environment = Environment.current
        environment["LANG"] = "C"
        environment["LC_ALL"] = "C"
        return try await ProgramRun(program.path, arguments, environment: environment, deadline: deadline).run()
    }
}
