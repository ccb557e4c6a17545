#if canImport(Glibc)
import Glibc
#endif

/// The machine and terminal the wizard runs on, for the audit log's terminal name.
enum Host {
    /// The host name, or «equipo» when it cannot be read.
    static var name: String {
        var buffer = [CChar](repeating: 0, count: 256)
        guard gethostname(&buffer, buffer.count - 1) == 0 else { return "equipo" }
        return String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    /// The terminal device on standard input (`/dev/tty1`, `/dev/pts/3`), or nil for a pipe.
    static var terminalDevice: String? {
        guard let name = ttyname(0) else { return nil }
        return String(cString: name)
    }
}
