import Foundation
import ProcessKit

/// A run of the built `nss-kiosk` (or another program) as staff would type it, with what it printed.
public struct Run: Sendable {
    public let status: Int32
    public let stdout: String
    public let stderr: String

    /// The wizard built beside the test runner.
    public static let binary = URL(fileURLWithPath: Tool.built("nss-kiosk").path!)

    /// Runs `nss-kiosk arguments…` with `stdin` as its input.
    public static func nssKiosk(_ arguments: [String], stdin: String = "", environment: [String: String] = [:],
                                deadline: Duration = .seconds(60)) async throws -> Run {
        try await program(binary, arguments, stdin: stdin, environment: environment, deadline: deadline)
    }

    /// Runs any program the same way.
    public static func program(_ executable: URL, _ arguments: [String], stdin: String = "",
                               environment: [String: String] = [:], deadline: Duration = .seconds(60)) async throws -> Run {
        let run = try await ProgramRun(executable.path, arguments,
                                       environment: TestEnvironment.variables.merging(environment) { $1 },
                                       input: Array(stdin.utf8), deadline: deadline).run()
        return Run(status: run.status, stdout: run.outputText, stderr: run.errorText)
    }
}
