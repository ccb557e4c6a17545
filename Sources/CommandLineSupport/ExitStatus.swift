import ArgumentParser

/// Exit statuses of nss-kiosk's commands.
public enum ExitStatus {
    /// Some input was invalid (`curp check`, `nss check`, `verify`).
    public static let invalid = ExitCode(1)
    /// Bad usage or bad input to a command that needs it right.
    public static let usage = ExitCode(2)
}

/// A failure to report to staff in Spanish; exits with `status`, no stack trace.
public struct CommandFailure: Error, CustomStringConvertible {
    public let message: String
    public var status: ExitCode = ExitStatus.usage
    public var description: String { message }

    public init(message: String, status: ExitCode = ExitStatus.usage) {
        self.message = message
        self.status = status
    }
}
