import Testing
import Wizard

@Suite struct IdleWatchTests {
    /// A clock the test moves by hand.
    let start = ContinuousClock.now
    func at(_ seconds: Double) -> ContinuousClock.Instant { start.advanced(by: .seconds(seconds)) }

    @Test func warnsBeforeTheLimitThenExpiresAtIt() {
        var watch = IdleWatch(now: at(0))
        #expect(watch.read(at: at(100), limitSeconds: 180, warningSeconds: 30) == .active)
        #expect(!watch.isWarning)
        #expect(watch.read(at: at(150), limitSeconds: 180, warningSeconds: 30) == .warning(secondsLeft: 30))
        #expect(watch.isWarning)
        #expect(watch.read(at: at(170.5), limitSeconds: 180, warningSeconds: 30) == .warning(secondsLeft: 10))
        #expect(watch.read(at: at(179.9), limitSeconds: 180, warningSeconds: 30) == .warning(secondsLeft: 1))
        #expect(watch.read(at: at(180), limitSeconds: 180, warningSeconds: 30) == .expired)
    }

    @Test func aKeyEndsTheWarningAndStartsTheCountAgain() {
        var watch = IdleWatch(now: at(0))
        _ = watch.read(at: at(160), limitSeconds: 180, warningSeconds: 30)
        watch.touch(at(165))
        #expect(!watch.isWarning)
        #expect(watch.read(at: at(200), limitSeconds: 180, warningSeconds: 30) == .active)
        #expect(watch.read(at: at(315), limitSeconds: 180, warningSeconds: 30) == .warning(secondsLeft: 30))
        #expect(watch.read(at: at(345), limitSeconds: 180, warningSeconds: 30) == .expired)
    }

    /// A machine that stalls (load, suspend) reads the watch long after the limit: the person is
    /// still warned first, with the whole warning window, never wiped unwarned.
    @Test func aLateReadingWarnsWithTheWholeWindowBeforeExpiring() {
        var watch = IdleWatch(now: at(0))
        #expect(watch.read(at: at(500), limitSeconds: 180, warningSeconds: 30) == .warning(secondsLeft: 30))
        #expect(watch.read(at: at(529), limitSeconds: 180, warningSeconds: 30) == .warning(secondsLeft: 1))
        #expect(watch.read(at: at(530), limitSeconds: 180, warningSeconds: 30) == .expired)
    }

    @Test func aWarningLongerThanTheLimitWarnsFromTheStart() {
        var watch = IdleWatch(now: at(0))
        #expect(watch.read(at: at(0), limitSeconds: 5, warningSeconds: 60) == .warning(secondsLeft: 5))
        #expect(watch.read(at: at(5), limitSeconds: 5, warningSeconds: 60) == .expired)
    }
}
