import FoundationEssentials
import Logging
import ProcessKit

#if canImport(Glibc)
import Glibc
#endif

/// Where nss-kiosk logs go: standard error for the staff tools; a private file in the data directory for
/// the wizard, whose terminal belongs to the person. Level from NSS_KIOSK_LOG (default: warning for the
/// tools, info for the wizard). Nothing personal (CURP, email, name, NSS, codes) is ever logged.
public enum Logs {
    public static func bootstrapStandardError() {
        let level = configuredLevel ?? .warning
        LoggingSystem.bootstrap { label in
            var handler = StreamLogHandler.standardError(label: label)
            handler.logLevel = level
            return handler
        }
    }

    /// Logs to `DIR/nss-kiosk.log`, created 0600.
    public static func bootstrapFile(in directory: URL) throws {
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true,
                                                attributes: [.posixPermissions: 0o700])
        let url = directory.appendingPathComponent("nss-kiosk.log")
        let fd = open(url.path, O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0o600)
        guard fd >= 0 else {
            throw LogFileError(message: "No se puede escribir el registro de eventos en «\(url.path)».")
        }
        fchmod(fd, 0o600)
        let file = LogFile(fd: fd)
        let level = configuredLevel ?? .info
        LoggingSystem.bootstrap { label in
            var handler = FileLogHandler(label: label, file: file)
            handler.logLevel = level
            return handler
        }
    }

    public static var configuredLevel: Logger.Level? {
        Environment.current["NSS_KIOSK_LOG"].flatMap(Logger.Level.init(rawValue:))
    }
}

/// One line per event: ISO time, level, label, message, metadata.
struct FileLogHandler: LogHandler {
    let label: String
    let file: LogFile
    var logLevel: Logger.Level = .info
    var metadata: Logger.Metadata = [:]

    subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { metadata[key] }
        set { metadata[key] = newValue }
    }

    func log(event: LogEvent) {
        let all = metadata.merging(event.metadata ?? [:]) { $1 }
        let extra = all.isEmpty ? "" : " " + all.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }
            .joined(separator: " ")
        let line = "\(Date().ISO8601Format()) \(event.level) \(label): \(event.message)\(extra)\n"
        StandardStream.write(line, to: file.fd)
    }
}

/// The log file could not be opened; the message is for staff, in Spanish.
public struct LogFileError: Error, CustomStringConvertible {
    public let message: String
    public var description: String { message }
}

/// The open log file, closed when the last handler lets go of it.
final class LogFile: Sendable {
    let fd: Int32

    init(fd: Int32) { self.fd = fd }

    deinit { close(fd) }
}
