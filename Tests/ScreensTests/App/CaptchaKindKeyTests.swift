import NSSCore
@testable import Screens
import Terminal
import Testing
import Wizard
import WizardFixtures

/// F6 on the captcha screen: the spelled captcha for whoever cannot see the picture, and back; the key
/// is in the hint line and in the F1 help, named after what it switches to.
struct CaptchaKindKeyTests {
    @Test func f6SwitchesToTheSpelledCaptchaAndBack() {
        var app = TestApp.make(.at(.captcha))
        app.typeKeys("Ab")
        app.hit(.function(6))
        #expect(app.state.captchaKind == .spelled)
        #expect(app.state.inFlight.contains(.captcha))
        #expect(app.state.text(.captchaAnswer).isEmpty)
        app.state.answer(.captcha(Fixtures.spelledCaptcha))
        app.hit(.function(6))
        #expect(app.state.captchaKind == .picture)
        #expect(app.state.captcha == nil && app.state.inFlight.contains(.captcha))
    }

    @Test func theKeyIsNamedInTheHintLineAndTheHelpAfterWhatItSwitchesTo() {
        var state = WizardState.at(.captcha)
        let screen = CaptchaScreen()
        #expect(screen.keys(state).hintLine.hints.contains(KeyHint("F6", "Sin imagen")))
        #expect(screen.keys(state).bindings.contains { $0.name == "F6" && $0.meaning == "Captcha sin imagen" })
        _ = state.reduce(.perform(.switchCaptcha(to: .spelled)))
        #expect(screen.keys(state).hintLine.hints.contains(KeyHint("F6", "Con imagen")))
        #expect(screen.keys(state).hintLine.hints.contains(KeyHint("F5", "Otros caracteres")))
        #expect(state.stepHelp.contains("«Sin imagen»"))
        #expect(!state.stepHelp.contains("pide ayuda al personal"))
    }

    @Test func f6DoesNothingOnOtherScreens() {
        var app = TestApp.make(.at(.email))
        app.hit(.function(6))
        #expect(app.state.captchaKind == .picture)
        #expect(app.state.inFlight.isEmpty)
    }
}
