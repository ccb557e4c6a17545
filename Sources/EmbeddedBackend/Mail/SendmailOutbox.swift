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

    /// The message reaches the command through a private (0600), already unlinked file rather than a
    /// pipe, so a command that exits early cannot kill this process with SIGPIPE.
    public func deliver(_ message: MailMessage) throws {
        let spool = FileManager.default.temporaryDirectory.appendingPathComponent("nss-kiosk-mail-\(RandomText.hex(bytes: 12))")
        try PrivateFiles.writeNew(message.rendered(), to: spool)
        let input: FileHandle
        do {
            input = try FileHandle(forReadingFrom: spool)
        } catch {
            try? FileManager.default.removeItem(at: spool)
            throw error
        }
        try? FileManager.default.removeItem(at: spool)
        defer { try? input.close() }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: command[0])
        process.arguments = Array(command.dropFirst())
        process.standardInput = input
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { throw Failure(status: process.terminationStatus) }
    }
}
