import Foundation
import Synchronization

/// The calls each terminal may make: a bucket of `callsPerMinute` calls per token, refilled evenly over
/// the minute, so a person's bursts (a screen that asks two things at once) pass and a script retrying
/// in a loop is held to the refill rate.
///
/// Kept in this process, not in the store: it is asked on every call, and a write to the store per call
/// would cost more than the call it guards (the confirmation status is a read). With several server
/// processes on one store, a terminal keeps its connection to one of them, so its limit holds; a client
/// spread over N processes gets at most N times the limit, which still stops a loop. The per-CURP limit,
/// which must hold across terminals, is in the store (`EmbeddedBackend.admitSubmission`).
final class TerminalRateLimiter: Sendable {
    private struct Bucket {
        var tokens: Double
        var updated: ContinuousClock.Instant
    }

    private let buckets = Mutex<[String: Bucket]>([:])
    let capacity: Double
    /// Calls regained per second.
    let rate: Double

    init(callsPerMinute: Int) {
        capacity = Double(max(1, callsPerMinute))
        rate = capacity / 60
    }

    /// Takes one call for `terminal`: nil when it may go ahead, else how long until it may.
    func admit(_ terminal: String, now: ContinuousClock.Instant = .now) -> Duration? {
        buckets.withLock { buckets in
            var bucket = buckets[terminal] ?? Bucket(tokens: capacity, updated: now)
            let elapsed = now - bucket.updated
            let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
            bucket.tokens = min(capacity, bucket.tokens + max(0, seconds) * rate)
            bucket.updated = now
            defer { buckets[terminal] = bucket }
            guard bucket.tokens >= 1 else {
                return .milliseconds(Int64(((1 - bucket.tokens) / rate * 1000).rounded(.up)))
            }
            bucket.tokens -= 1
            return nil
        }
    }
}
