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

    /// `--idle 30` with the usual 30-second warning: a warning as long as the limit started at the first
    /// reading after every answer («¿Sigues ahí?» half a second after each). It is at most half the limit.
    @Test func aWarningIsAtMostHalfTheLimit() {
        var watch = IdleWatch(now: at(0))
        #expect(watch.read(at: at(1), limitSeconds: 30, warningSeconds: 30) == .active)
        #expect(watch.read(at: at(14), limitSeconds: 30, warningSeconds: 30) == .active)
        #expect(watch.read(at: at(15), limitSeconds: 30, warningSeconds: 30) == .warning(secondsLeft: 15))
        watch.touch(at(16))
        #expect(watch.read(at: at(17), limitSeconds: 30, warningSeconds: 30) == .active)
        #expect(watch.read(at: at(31), limitSeconds: 30, warningSeconds: 60) == .warning(secondsLeft: 15))
        #expect(watch.read(at: at(46), limitSeconds: 30, warningSeconds: 60) == .expired)
    }
}
