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
            guard let mail = ReceivedMail(contentsOf: file),
                  mail.header(MailKind.kindHeader) == MailKind.confirmation.rawValue,
                  let application = mail.header(MailKind.applicationHeader) else { continue }
            confirmations[application] = mail
        }
    }
}

/// Why the worker stopped.
struct WorkerFailure: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}
