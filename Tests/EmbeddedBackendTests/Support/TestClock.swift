import Foundation
import Synchronization

/// A clock tests move by hand, to expire captchas and codes and to pass rate-limit windows.
final class TestClock: Sendable {
    private let current: Mutex<Date>

    init(_ start: Date = Date(timeIntervalSince1970: 1_739_936_907.655)) {
        current = Mutex(start)
    }

    var now: Date { current.withLock { $0 } }

    func advance(by seconds: TimeInterval) {
        current.withLock { $0 = $0.addingTimeInterval(seconds) }
    }

    /// The closure an `EmbeddedConfiguration` takes.
    var reading: @Sendable () -> Date { { self.now } }
}
