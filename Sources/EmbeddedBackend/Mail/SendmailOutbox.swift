import Foundation
import ProcessKit

/// Hands each message to a sendmail-compatible command on its standard input
/// (`/usr/sbin/sendmail -t -i`, msmtp, …); the command reads the recipients from the headers.
public struct SendmailOutbox: Outbox {
    /// The executable and its arguments.
    public let command: [String]
    /// How long the command may take to accept a message before it is ended and the delivery fails.
    public let deadline: Duration

    /// Why the command did not take the message, in Spanish for the staff and the log; says nothing about
    /// its content.
    public struct Failure: Error, CustomStringConvertible {
        public var reason: String
        public var description: String { reason }
    }

    public init(command: [String], deadline: Duration = .seconds(60)) {
        self.command = command
        self.deadline = deadline
    }

    /// The message goes to the command's standard input; a command that exits without reading it all
    /// fails the delivery (EPIPE), it does not end this process. The key is already the message's
    /// Message-ID; what the command has taken is its own to deliver.
    public func deliver(_ message: Data, key: String) async throws {
        let run: ProgramOutcome
        do {
            run = try await ProgramRun(command[0], Array(command.dropFirst()), input: Array(message),
                                       deadline: deadline).run()
        } catch {
            throw Failure(reason: "el comando de correo no tomó el mensaje: \(error.reason)")
        }
        guard run.succeeded else {
            throw Failure(reason: "el comando de correo terminó con estado \(run.status)")
        }
    }
}
