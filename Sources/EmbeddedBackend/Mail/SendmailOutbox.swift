import Foundation

/// Hands each message to a sendmail-compatible command on its standard input
/// (`/usr/sbin/sendmail -t -i`, msmtp, …); the command reads the recipients from the headers.
public struct SendmailOutbox: Outbox {
    /// The executable and its arguments.
    public let command: [String]

    /// Why the command did not take the message; says nothing about its content.
    public struct Failure: Error, CustomStringConvertible {
        public var status: Int32
        public var description: String { "sendmail command ended with status \(status)" }
    }

    public init(command: [String]) {
        self.command = command
    }

    public func deliver(_ message: MailMessage) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: command[0])
        process.arguments = Array(command.dropFirst())
        let input = Pipe()
        process.standardInput = input
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        try input.fileHandleForWriting.write(contentsOf: message.rendered())
        try input.fileHandleForWriting.close()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { throw Failure(status: process.terminationStatus) }
    }
}
