import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// The machine and the Unix account this process runs as: who a wizard's backend records as having
/// started an application. Read from the system, never from a command line, so one account cannot
/// claim another's applications.
public enum ProcessOwner {
    /// The host name, or «equipo» when it cannot be read.
    public static var host: String {
        var buffer = [CChar](repeating: 0, count: 256)
        guard gethostname(&buffer, buffer.count - 1) == 0 else { return "equipo" }
        return String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    /// The user name of the effective user id, or `uid N` when the password database has none.
    public static var account: String {
        let uid = geteuid()
        if let entry = getpwuid(uid), let name = entry.pointee.pw_name { return String(cString: name) }
        return "uid \(uid)"
    }
}
