import Foundation

/// A Maildir (`tmp/`, `new/`, `cur/`) that receives the service's email: each message is written to
/// `tmp/` with mode 0600, flushed, then renamed into `new/`, so a reader never sees half a message.
/// Any mail client opens it: `mutt -f DATA/outbox`.
public struct MaildirOutbox: Outbox {
    public let directory: URL

    public init(directory: URL) {
        self.directory = directory
    }

    /// Creates the three folders with mode 0700.
    public func prepare() throws {
        for folder in ["tmp", "new", "cur"] {
            try PrivateFiles.makeDirectory(directory.appendingPathComponent(folder, isDirectory: true))
        }
    }

    public func deliver(_ message: MailMessage) async throws {
        let name = Self.uniqueName()
        let temporary = directory.appendingPathComponent("tmp/\(name)")
        try PrivateFiles.writeNew(message.rendered(), to: temporary)
        try PrivateFiles.move(temporary, to: directory.appendingPathComponent("new/\(name)"))
    }

    /// The delivered messages, unread (`new/`) and read (`cur/`), oldest first.
    public func messageFiles() throws -> [URL] {
        var files: [URL] = []
        for folder in ["new", "cur"] {
            let url = directory.appendingPathComponent(folder, isDirectory: true)
            let names = try FileManager.default.contentsOfDirectory(atPath: url.path).filter { !$0.hasPrefix(".") }
            files += names.map { url.appendingPathComponent($0) }
        }
        return files.sorted { $0.lastPathComponent < $1.lastPathComponent }
    }

    /// `seconds.Mmicroseconds_Ppid_Rrandom.host`: unique across processes and hosts, and sorting by
    /// name sorts by delivery time.
    private static func uniqueName() -> String {
        let now = Date().timeIntervalSince1970
        let seconds = Int(now)
        let micros = String(format: "%06d", Int((now - Double(seconds)) * 1_000_000))
        let host = ProcessInfo.processInfo.hostName
            .replacingOccurrences(of: "/", with: "\\057").replacingOccurrences(of: ":", with: "\\072")
        return "\(seconds).M\(micros)P\(ProcessInfo.processInfo.processIdentifier)R\(RandomText.hex(bytes: 8)).\(host)"
    }
}
