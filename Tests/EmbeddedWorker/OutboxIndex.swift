import EmbeddedBackend
import Foundation
import NSSCore

/// The worker's view of the shared outbox: each message file is read once, then remembered by its
/// application, so finding a code stays cheap while other processes keep adding mail.
final class OutboxIndex {
    private let maildir: MaildirOutbox
    private var seen: Set<String> = []
    private var confirmations: [String: ReceivedMail] = [:]

    init(maildir: MaildirOutbox) {
        self.maildir = maildir
    }

    /// The code of the latest confirmation email of the application.
    func confirmationCode(for id: ApplicationID) throws -> String {
        try refresh()
        guard let mail = confirmations[id.rawValue], let code = ConfirmationEmail.code(in: mail.text) else {
            throw WorkerFailure("no confirmation email for an application")
        }
        return code
    }

    private func refresh() throws {
        for file in try maildir.messageFiles() where !seen.contains(file.lastPathComponent) {
            seen.insert(file.lastPathComponent)
            guard let data = try? Data(contentsOf: file), Self.isConfirmation(data), let mail = ReceivedMail(data),
                  let application = mail.header(MailKind.applicationHeader) else { continue }
            confirmations[application] = mail
        }
    }

    /// Whether the message's header section names it a confirmation: the result emails, with their two
    /// PDFs, are skipped without parsing them.
    private static func isConfirmation(_ message: Data) -> Bool {
        let end = message.range(of: Data("\n\n".utf8))?.lowerBound ?? message.endIndex
        let header = String(decoding: message[..<end], as: UTF8.self)
        return header.contains("\n\(MailKind.kindHeader): \(MailKind.confirmation.rawValue)\n")
    }
}

/// Why the worker stopped.
struct WorkerFailure: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}
