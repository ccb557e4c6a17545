import Foundation
import ProcessKit

/// A Maildir (`tmp/`, `new/`, `cur/`) that receives the service's email: each message is written to
/// `tmp/` with mode 0600, flushed, then renamed into `new/`, so a reader never sees half a message.
/// Any mail client opens it: `mutt -f DATA/outbox`.
public struct MaildirOutbox: Outbox {
    public let directory: URL
    /// Writes the message file: `PrivateFiles.writeNew` unless a test injects a failing one (a full disk).
    public typealias Writer = @Sendable (_ message: Data, _ file: URL) throws -> Void
    private let writer: Writer?

    public init(directory: URL, writer: Writer? = nil) {
        self.directory = directory
        self.writer = writer
    }

    /// Creates the three folders with mode 0700.
    public func prepare() throws {
        for folder in ["tmp", "new", "cur"] {
            try PrivateFiles.makeDirectory(directory.appendingPathComponent(folder, isDirectory: true))
        }
    }

    /// Writes `tmp/NAME`, flushed, then renames it to `new/NAME`. On any failure the file in `tmp/` is
    /// removed, so a full disk leaves nothing behind. A message already in `new/` or `cur/` under `key`
    /// is not written again; a file left in `tmp/` by a delivery cut short is removed first.
    public func deliver(_ message: Data, key: String) async throws {
        // Writing and flushing block (for long on a busy disk): on a thread of their own, not the pool's.
        try await DedicatedThread.run { Result { try write(message, key: key) } }.get()
    }

    private func write(_ message: Data, key: String) throws {
        let marker = Self.marker(key)
        if try hasFile(in: "new", containing: marker) || hasFile(in: "cur", containing: marker) { return }
        let tmp = directory.appendingPathComponent("tmp", isDirectory: true)
        let leftovers = (try? FileManager.default.contentsOfDirectory(atPath: tmp.path)) ?? []
        for stale in leftovers where stale.contains(marker) {
            PrivateFiles.remove(tmp.appendingPathComponent(stale))
        }
        let name = Self.uniqueName(key: key)
        let temporary = tmp.appendingPathComponent(name)
        do {
            if let writer {
                try writer(message, temporary)
            } else {
                try PrivateFiles.writeNew(message, to: temporary)
            }
            try PrivateFiles.move(temporary, to: directory.appendingPathComponent("new/\(name)"))
            try PrivateFiles.syncDirectory(directory.appendingPathComponent("new", isDirectory: true))
        } catch {
            PrivateFiles.remove(temporary)
            throw error
        }
    }

    private func hasFile(in folder: String, containing marker: String) throws -> Bool {
        let url = directory.appendingPathComponent(folder, isDirectory: true)
        return try FileManager.default.contentsOfDirectory(atPath: url.path).contains { $0.contains(marker) }
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

    /// Deletes the delivered messages whose `X-NSS-Application` header names one of `applications`
    /// (`purge`). Only each file's header section is read. Returns how many were deleted.
    @discardableResult
    public func removeMessages(ofApplications applications: Set<String>) throws -> Int {
        var removed = 0
        for file in try messageFiles() {
            guard let application = Self.applicationHeader(of: file), applications.contains(application) else { continue }
            if unlink(file.path) == 0 { removed += 1 }
        }
        return removed
    }

    /// The `X-NSS-Application` of a message file, from its first 16 KB (the header section this
    /// outbox writes is a few hundred bytes).
    private static func applicationHeader(of file: URL) -> String? {
        guard let handle = try? FileHandle(forReadingFrom: file) else { return nil }
        defer { try? handle.close() }
        guard let head = try? handle.read(upToCount: 16 * 1024) else { return nil }
        let text = String(decoding: head, as: UTF8.self)
        let header = text.components(separatedBy: "\n\n").first ?? text
        let prefix = MailKind.applicationHeader + ": "
        return header.split(separator: "\n").first { $0.hasPrefix(prefix) }
            .map { String($0.dropFirst(prefix.count)).trimmingCharacters(in: .whitespacesAndNewlines) }
    }

    /// `seconds.Mmicroseconds_Ppid_Kkey.host`: unique across processes and hosts (the key is the job's),
    /// and sorting by name sorts by delivery time.
    private static func uniqueName(key: String) -> String {
        let now = Date().timeIntervalSince1970
        let seconds = Int(now)
        let micros = String(format: "%06d", Int((now - Double(seconds)) * 1_000_000))
        let host = ProcessInfo.processInfo.hostName
            .replacingOccurrences(of: "/", with: "\\057").replacingOccurrences(of: ":", with: "\\072")
        return "\(seconds).M\(micros)P\(ProcessInfo.processInfo.processIdentifier)\(marker(key))\(host)"
    }

    /// The part of a file name that carries the key.
    private static func marker(_ key: String) -> String {
        "K\(key.filter { $0.isASCII && ($0.isLetter || $0.isNumber) })."
    }
}
