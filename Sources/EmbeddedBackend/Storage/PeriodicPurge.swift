import Foundation
import Synchronization

/// When this process last cleared a table of its expired rows (captchas, attempts, idempotency keys):
/// once a minute is plenty for rows kept an hour or a day, and each clearing is a statement more in the
/// call that does it (on PostgreSQL, a round trip). A clearing whose transaction fails is simply done a
/// minute later.
final class PeriodicPurge: Sendable {
    static let interval: TimeInterval = 60
    private let last = Mutex<Date?>(nil)

    /// Whether a clearing is due at `now`; a due one counts as done. A clock set back makes one due.
    func isDue(at now: Date) -> Bool {
        last.withLock { last in
            if let previous = last, now >= previous, now.timeIntervalSince(previous) < Self.interval { return false }
            last = now
            return true
        }
    }
}
