import Foundation
import Synchronization
import NSSCore
@testable import Screens
import Terminal
import Testing
import Wizard
import WizardFixtures

/// The app between the keys, the clock and the wizard: overlays, the idle countdown, the ways out.
struct KioskAppTests {
    @Test func typingAndEnterDriveTheWizard() {
        var app = TestApp.make()
        app.typeKeys(Fixtures.curp)
        #expect(app.hit(.enter) == .changed)
        #expect(app.state.step == .email)
    }

    @Test func f1OpensTheHelpAndEscClosesIt() {
        var app = TestApp.make(.at(.email))
        app.hit(.function(1))
        #expect(app.overlay == .help(firstRow: 0))
        app.typeKeys("x")
        #expect(app.state.text(.email).isEmpty)
        app.hit(.escape)
        #expect(app.overlay == nil)
        #expect(app.state.step == .email)
    }

    @Test func ctrlCAsksAndNoGoesBackWithEverythingKept() {
        var app = TestApp.make(.at(.emailConfirmation))
        #expect(app.handle(.interrupt) == .changed)
        #expect(app.overlay == .exitConfirmation(yesFocused: false))
        app.hit(.enter)
        #expect(app.overlay == nil)
        #expect(app.state.text(.email) == Fixtures.email)
    }

    @Test func ctrlCAndYesWipesAndEndsAStaffSession() {
        var app = TestApp.make(.at(.emailConfirmation))
        _ = app.handle(.interrupt)
        app.hit(.right)
        #expect(app.hit(.enter) == .finish)
        #expect(!app.state.holdsPersonalData)
    }

    /// One rule for every way out: with something typed, F10, «Salir» and Ctrl-C ask first; «Sí, salir»
    /// (or F10 again) ends a staff session and starts a kiosk over; with nothing typed they leave at once.
    @Test func leavingAfterTypingIsConfirmedByEveryWayOut() {
        for way in [Key.function(10), .enter] {
            var staff = TestApp.make(.at(.email))
            if way == .enter { while staff.state.focus != .action(.exit) { staff.hit(.tab) } }
            #expect(staff.hit(way) == .changed)
            #expect(staff.overlay == .exitConfirmation(yesFocused: false))
            #expect(staff.hit(.function(10)) == .finish)
            #expect(!staff.state.holdsPersonalData)
        }
        var interrupted = TestApp.make(.at(.email))
        _ = interrupted.handle(.interrupt)
        #expect(interrupted.overlay == .exitConfirmation(yesFocused: false))

        var kiosk = TestApp.make(.at(.email), kiosk: true, pin: "2468")
        kiosk.hit(.function(10))
        #expect(kiosk.overlay == .exitConfirmation(yesFocused: false))
        #expect(kiosk.hit(.text("s")) == .repaint)
        #expect(kiosk.state.step == .curp)
        #expect(!kiosk.state.holdsPersonalData)
    }

    @Test func withNothingTypedEveryWayOutLeavesAtOnce() {
        var plain = TestApp.make()
        #expect(plain.hit(.function(10)) == .finish)
        var interrupted = TestApp.make()
        #expect(interrupted.handle(.interrupt) == .finish)
        var helped = TestApp.make()
        helped.hit(.function(1))
        #expect(helped.hit(.function(10)) == .finish)
    }

    @Test func terminarStartsOverEvenInAStaffSession() {
        var app = TestApp.make(.at(.documents))
        while app.state.focus != .action(.finish) { app.hit(.tab) }
        #expect(app.hit(.enter) == .repaint)
        #expect(app.state.step == .curp)
        #expect(!app.state.holdsPersonalData)
    }

    @Test func theStaffExitNeedsTheRightPIN() {
        var app = TestApp.make(.at(.email), kiosk: true, pin: "2468")
        app.hit(.control("X"))
        app.typeKeys("1111")
        #expect(app.hit(.enter) == .changed)
        #expect(app.overlay == nil)
        #expect(app.appNotice == .error(StaffExitPrompt.wrongPIN))
        #expect(app.state.step == .email)
        app.hit(.function(12))
        app.typeKeys("2468")
        #expect(app.hit(.enter) == .finish)
        #expect(!app.state.holdsPersonalData)
    }

    @Test func threeWrongPINsCloseTheStaffExitForFiveMinutesEvenAcrossAWipe() {
        var app = TestApp.make(.at(.email), kiosk: true, pin: "2468")
        for _ in 1...3 {
            app.hit(.control("X"))
            app.typeKeys("0000")
            app.hit(.enter)
        }
        app.hit(.function(10), .text("s"))
        app.hit(.control("X"))
        #expect(app.overlay == .staffLocked)
        app.hit(.escape)
        _ = app.handle(.tick(TestApp.instant(301)))
        app.hit(.control("X"))
        #expect(app.overlay == .staffPIN(EditableText()))
    }

    /// Staff who type the PIN at once after Ctrl-X while the exit is locked must not see it land in
    /// the person's field, in clear: the locked dialog takes every key and keeps none.
    @Test func aPINTypedWhileLockedIsNeitherShownNorKept() {
        var app = TestApp.make(.at(.curp), kiosk: true, pin: "246813")
        for _ in 1...3 {
            app.hit(.control("X"))
            app.typeKeys("000000")
            app.hit(.enter)
        }
        app.hit(.control("X"))
        app.typeKeys("246813")
        #expect(app.overlay == .staffLocked)
        #expect(app.state.text(.curp).isEmpty)
        #expect(app.hit(.enter) == .changed)
        #expect(app.overlay == nil)
        #expect(app.state.text(.curp).isEmpty)
        #expect(app.state.step == .curp)
    }

    /// On a screen nobody touches, the lock and its dialog end on the clock, not on the next key.
    @Test func theLockEndsOnTheTickOfItsEnd() {
        var app = TestApp.make(.at(.curp), kiosk: true, pin: "246813")
        for _ in 1...3 {
            app.hit(.control("X"))
            app.typeKeys("000000")
            app.hit(.enter)
        }
        app.hit(.control("X"))
        #expect(app.overlay == .staffLocked)
        _ = app.handle(.tick(TestApp.instant(299)))
        #expect(app.overlay == .staffLocked)
        #expect(app.handle(.tick(TestApp.instant(300.1))) != .unchanged)
        #expect(app.overlay == nil)
        #expect(app.appNotice == nil)
        #expect(!app.staffLockout.isLocked(at: TestApp.instant(300.1)))
    }

    /// Every wipe tells the program, which deletes what the session saved on the kiosk's disk.
    @Test func everyWipeCallsOnWipe() {
        let wipes = Mutex(0)
        var options = KioskOptions(kiosk: true, staffPIN: StaffPINCheck { $0 == "246813" })
        options.onWipe = { wipes.withLock { $0 += 1 } }
        var app = KioskApp(options: options, inbox: Inbox(), wallClock: { Fixtures.now }, start: TestApp.start) { _, _ in nil }
        app.state = .at(.email)
        app.hit(.function(10))
        #expect(wipes.withLock { $0 } == 0, "asked first")
        app.hit(.function(10))
        #expect(wipes.withLock { $0 } == 1)
    }

    /// The lockout is saved where the program keeps it: a restarted kiosk is still locked.
    @Test func theLockoutOutlivesTheProgram() {
        let kept = KeptLockout()
        var first = TestApp.make(.at(.curp), kiosk: true, pin: "246813", lockoutStore: kept.store)
        for _ in 1...3 {
            first.hit(.control("X"))
            first.typeKeys("000000")
            first.hit(.enter)
        }
        var restarted = TestApp.make(kiosk: true, pin: "246813", lockoutStore: kept.store)
        restarted.hit(.control("X"))
        #expect(restarted.overlay == .staffLocked)
    }

    @Test func theStaffExitDoesNothingOutsideAKiosk() {
        var app = TestApp.make(.at(.email))
        app.hit(.control("X"))
        #expect(app.overlay == nil)
    }

    @Test func anIdlePersonIsWarnedThenWiped() {
        var app = TestApp.make(.at(.emailConfirmation), kiosk: true, pin: "2468")
        _ = app.handle(.tick(TestApp.instant(100)))
        #expect(app.idleWarningSeconds == nil)
        _ = app.handle(.tick(TestApp.instant(151)))
        #expect(app.idleWarningSeconds == 30)
        _ = app.handle(.tick(TestApp.instant(170)))
        #expect(app.idleWarningSeconds == 11)
        #expect(app.handle(.tick(TestApp.instant(181))) == .repaint)
        #expect(!app.state.holdsPersonalData)
        #expect(app.idleWarningSeconds == nil)
    }

    /// A stalled machine ticks long after the limit: the countdown still shows first, for its whole
    /// window, and only then is everything wiped.
    @Test func aLateTickShowsTheCountdownBeforeTheWipe() {
        var app = TestApp.make(.at(.emailConfirmation), kiosk: true, pin: "2468")
        #expect(app.handle(.tick(TestApp.instant(400))) != .repaint)
        #expect(app.state.holdsPersonalData)
        #expect(app.idleWarningSeconds == 30)
        #expect(app.handle(.tick(TestApp.instant(430))) == .repaint)
        #expect(!app.state.holdsPersonalData)
    }

    @Test func anyKeyDuringTheCountdownGoesOnWithoutTyping() {
        var app = TestApp.make(.at(.emailConfirmation))
        _ = app.handle(.tick(TestApp.instant(160)))
        #expect(app.idleWarningSeconds != nil)
        app.typeKeys("z")
        #expect(app.idleWarningSeconds == nil)
        #expect(app.state.text(.emailConfirmation).isEmpty)
    }

    @Test func nobodyIsWarnedWhenThereIsNothingToWipe() {
        var app = TestApp.make()
        _ = app.handle(.tick(TestApp.instant(1000)))
        #expect(app.idleWarningSeconds == nil)
    }

    @Test func aSlowCallShowsUnMomentoAfterATenthOfASecond() {
        var app = TestApp.make(.at(.captcha))
        app.typeKeys("AbDeF")
        app.hit(.enter)
        #expect(app.state.isBusy)
        #expect(!app.clock.showsBusy)
        #expect(app.handle(.tick(TestApp.instant(0.15))) == .changed)
        #expect(app.clock.showsBusy)
    }

    @Test func answersOfTheBackendArriveAsMessages() {
        var app = TestApp.make(.at(.waitingForLink))
        _ = app.handle(.tick(TestApp.instant(1.1)))
        #expect(app.state.inFlight.contains(.poll))
        #expect(app.handle(.message(.reply(.status(.confirmed), session: app.state.session))) == .changed)
        #expect(app.state.isEmailConfirmed)
    }

    @Test func theTestModeBannerShowsOnEveryScreen() async {
        for step in Step.allCases {
            let app = TestApp.make(.at(step), isTestMode: true)
            let snapshot = await ScreenCapture.render(colorMode: .monochrome) { app.draw(on: $0) }
            #expect(snapshot.contains("MODO DE PRUEBA"), "no banner on \(step)")
        }
    }

    @Test func theLinksTimeLeftCountsDown() {
        #expect(WaitingForLinkScreen.timeLeft(until: Fixtures.now + 1800, now: Fixtures.now) == "30:00")
        #expect(WaitingForLinkScreen.timeLeft(until: Fixtures.now + 86_399, now: Fixtures.now) == "23:59:59")
        #expect(WaitingForLinkScreen.timeLeft(until: Fixtures.now - 5, now: Fixtures.now) == "0:00")
    }
}

/// A lockout store in memory, shared by the apps of one test as the file is by two runs.
final class KeptLockout: Sendable {
    private let value = Mutex(StaffLockout())
    var store: StaffLockoutStore {
        StaffLockoutStore(load: { self.value.withLock { $0 } }, save: { lockout in self.value.withLock { $0 = lockout } })
    }
}
