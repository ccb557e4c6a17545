import FoundationEssentials
import KioskSettings
import Wizard

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#endif

/// The staff lockout kept in `DATA/bloqueo-personal` (mode 0600): the wall-clock end of the lock
/// and the wrong PINs in a row, so that restarting the program (or the machine) does not reopen a
/// staff exit that wrong PINs closed. It holds no PIN and nothing about any person.
///
///     hasta = 1796530000
///     fallos = 1
enum StaffLockoutFile {
    static let fileName = "bloqueo-personal"

    static func store(in directory: URL) -> StaffLockoutStore {
        let path = directory.appendingPathComponent(fileName).path
        return StaffLockoutStore(load: { load(path: path, wallNow: Date(), now: .now) },
                                 save: { save($0, path: path, wallNow: Date(), now: .now) })
    }

    /// The lockout in the file at `path`; an unreadable or damaged file counts as no lock (the PIN
    /// check still stands between a person and the way out).
    static func load(path: String, wallNow: Date, now: ContinuousClock.Instant) -> StaffLockout {
        guard let text = try? String(contentsOfFile: path, encoding: .utf8) else { return StaffLockout() }
        let values = KeyValueText.parse(text).compactMapValues { Int($0) }
        let failures = max(0, min(values["fallos"] ?? 0, StaffLockout.allowedAttempts - 1))
        var until: ContinuousClock.Instant?
        if let end = values["hasta"] {
            let left = Double(end) - wallNow.timeIntervalSince1970
            // A clock set back cannot stretch the lock past its own length.
            if left > 0 { until = now + min(.milliseconds(Int64(left * 1000)), StaffLockout.duration) }
        }
        return StaffLockout(wrongInARow: failures, lockedUntil: until)
    }

    static func save(_ lockout: StaffLockout, path: String, wallNow: Date, now: ContinuousClock.Instant) {
        var text = "fallos = \(lockout.wrongInARow)\n"
        if let until = lockout.lockedUntil, until > now {
            let left = now.duration(to: until)
            let seconds = Double(left.components.seconds) + Double(left.components.attoseconds) / 1e18
            text += "hasta = \(Int((wallNow.timeIntervalSince1970 + seconds).rounded(.up)))\n"
        }
        let temporary = path + ".nuevo"
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else { return }
        let bytes = Array(text.utf8)
        let written = bytes.withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
        fchmod(descriptor, 0o600)
        fsync(descriptor)
        close(descriptor)
        if written == bytes.count { rename(temporary, path) } else { unlink(temporary) }
    }
}
