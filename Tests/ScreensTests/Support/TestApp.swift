import Foundation
@testable import Screens
import Terminal
import Wizard
import WizardFixtures

/// Apps for tests: a fixed wall clock, and backend calls that are started but never answered.
enum TestApp {
    static let start = ContinuousClock.now

    /// An app showing `state` at `Fixtures.now`.
    static func make(_ state: WizardState = WizardState(), kiosk: Bool = false, isTestMode: Bool = false,
                     pin: String? = nil, lockoutStore: StaffLockoutStore = .none,
                     configuration: WizardConfiguration = WizardConfiguration()) -> KioskApp {
        let options = KioskOptions(kiosk: kiosk, staffPIN: pin.map { pin in StaffPINCheck(lockoutStore: lockoutStore) { $0 == pin } },
                                   isTestMode: isTestMode, configuration: configuration)
        var app = KioskApp(options: options, inbox: Inbox(), wallClock: { Fixtures.now }, start: start) { _, _ in nil }
        app.state = state
        return app
    }

    /// The instant `seconds` after the app's start.
    static func instant(_ seconds: Double) -> ContinuousClock.Instant {
        start.advanced(by: .milliseconds(Int(seconds * 1000)))
    }
}

extension KioskApp {
    /// Presses keys one after another; returns the last reaction.
    @discardableResult
    mutating func hit(_ keys: Key...) -> LoopReaction {
        keys.reduce(.unchanged) { _, key in handle(.key(key)) }
    }

    /// Types text as one key per character.
    mutating func typeKeys(_ text: String) {
        for character in text { _ = handle(.key(.text(String(character)))) }
    }
}
