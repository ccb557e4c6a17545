import ArgumentParser

/// Exit statuses of nss-kiosk's commands.
enum ExitStatus {
    /// Some input was invalid (`curp check`, `nss check`, `verify`).
    static let invalid = ExitCode(1)
    /// Bad usage or bad input to a command that needs it right.
    static let usage = ExitCode(2)
}

/// A failure to report to staff in Spanish; exits with `status`, no stack trace.
struct CommandFailure: Error, CustomStringConvertible {
    let message: String
    var status: ExitCode = ExitStatus.usage
    var description: String { message }
}
