import Foundation
import NSSCore

/// A reader's index of a Maildir outbox, as a mail client keeps one: each message file is read once
/// (result emails, with their PDFs, only as far as their header), and confirmations are remembered by
/// application, so finding a code stays cheap while other processes keep adding mail. For staff tools,
/// load tests and benchmarks; the kiosk itself never reads its own outbox.
public final class OutboxIndex {
    private let maildir: MaildirOutbox
    private var seen: Set<String> = []
    private var confirmations: [String: ReceivedMail] = [:]

    public init(maildir: MaildirOutbox) {
        self.maildir = maildir
    }

    /// The code of the latest confirmation email of the application, or nil when none has arrived.
    public func confirmationCode(for id: ApplicationID) throws -> String? {
        try refresh()
        return confirmations[id.rawValue].flatMap { ConfirmationEmail.code(in: $0.text) }
    }

    /// The link of the latest confirmation email of the application, when it carries one.
    public func confirmationLink(for id: ApplicationID) throws -> URL? {
        try refresh()
        return confirmations[id.rawValue].flatMap { ConfirmationEmail.link(in: $0.text) }
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
