@testable import EmbeddedBackend
import Foundation
import Testing

/// Expired rows are cleared once a minute per process, not by every call.
@Suite struct PeriodicPurgeTests {
    @Test func aClearingIsDueOnceAMinuteAndAfterTheClockIsSetBack() {
        let purge = PeriodicPurge()
        let start = Date(timeIntervalSince1970: 1_800_000_000)
        #expect(purge.isDue(at: start))
        #expect(!purge.isDue(at: start))
        #expect(!purge.isDue(at: start.addingTimeInterval(59)))
        #expect(purge.isDue(at: start.addingTimeInterval(60)))
        #expect(!purge.isDue(at: start.addingTimeInterval(61)))
        #expect(purge.isDue(at: start.addingTimeInterval(10)), "a clock set back makes one due")
    }
}
