import Foundation
import NSSCore
@testable import Screens
import Terminal
import Testing
import TestSupport
import Wizard
import WizardFixtures

/// Golden 80×24 snapshots of every screen, drawn by the real ncurses from states reached through the
/// wizard's own transitions. UPDATE_GOLDEN=1 records them again.
@Suite(.serialized, .runsPrograms) struct ScreenSnapshotTests {
    private func render(_ app: KioskApp, size: Size = .standard, colorMode: ColorMode = .monochrome,
                        textMode: TextMode = .unicode) async -> ScreenSnapshot {
        await ScreenCapture.render(size: size, colorMode: colorMode, textMode: textMode) { app.draw(on: $0) }
    }

    @Test func curpWithAWrongCheckDigit() async {
        var state = WizardState()
        state.type("HEGG560427MVZRRL05")
        expectGolden(await render(TestApp.make(state, isTestMode: true)), "01-curp-mono")
    }

    /// On a tall window the test-mode banner sits at the bottom of the body, just above the key hints,
    /// not at the row it has at 80×24.
    @Test func theTestModeBannerStaysAboveTheHintsOnATallWindow() async {
        let snapshot = await render(TestApp.make(WizardState(), isTestMode: true), size: Size(rows: 40, columns: 100))
        let lines = snapshot.lines
        let banner = lines.firstIndex { $0.contains(StatusLines.testModeBanner) }
        let hints = lines.firstIndex { $0.contains("F1 Ayuda") }
        #expect(banner != nil && hints != nil && banner! + 2 == hints!)   // the banner, the rule, the hints
    }

    @Test func curpInColour() async {
        var state = WizardState()
        state.type("HEGG560427MVZ")
        expectGolden(await render(TestApp.make(state, isTestMode: true), colorMode: .xterm256), "01-curp-colour")
    }

    @Test func curpInASCII() async {
        var state = WizardState()
        state.type("HEGG560427MVZRRL05")
        expectGolden(await render(TestApp.make(state, isTestMode: true), textMode: .ascii), "01-curp-ascii")
    }

    @Test func lookUpFormWithAMatch() async {
        var state = WizardState()
        _ = state.reduce(.perform(.openLookup))
        for (field, text) in [(FieldID.lookupGivenNames, "Gloria"), (.lookupFirstSurname, "Hernández"),
                              (.lookupSecondSurname, "García"), (.lookupBirthDate, "27/04/1956"),
                              (.lookupSex, "M"), (.lookupState, "Veracruz")] {
            while state.focus != .field(field) { _ = state.reduce(.focusNext) }
            state.type(text)
        }
        _ = state.reduce(.perform(.searchLookup))
        state.answer(.lookup(Fixtures.matches))
        expectGolden(await render(TestApp.make(state)), "01b-lookup-mono")
    }

    @Test func lookUpFormWhileTyping() async {
        var state = WizardState()
        _ = state.reduce(.perform(.openLookup))
        state.type("Gloria")
        _ = state.reduce(.focusNext)
        _ = state.reduce(.focusNext)
        _ = state.reduce(.focusNext)
        state.type("27/04/19")
        expectGolden(await render(TestApp.make(state)), "01b-lookup-typing-mono")
    }

    @Test func emailWithASuggestion() async {
        var state = WizardState.at(.email)
        state.type("gloria.hernandez@gmial.com")
        expectGolden(await render(TestApp.make(state, isTestMode: true)), "02-email-mono")
    }

    @Test func emailConfirmationHalfTyped() async {
        var state = WizardState.at(.emailConfirmation)
        state.type("gloria.hernandez@gm")
        expectGolden(await render(TestApp.make(state, isTestMode: true)), "03-email-confirmation-mono")
    }

    @Test func captchaInTestMode() async {
        var state = WizardState.at(.captcha)
        state.type("AbD")
        expectGolden(await render(TestApp.make(state)), "04-captcha-mono")
    }

    /// The accessible captcha, F6 away from the picture: what to type and its case rule, then one
    /// character per line; the hint line names F6 after the picture it goes back to.
    @Test func captchaSpelled() async {
        var app = TestApp.make(.at(.captcha))
        app.hit(.function(6))
        app.state.answer(.captcha(Fixtures.spelledCaptcha))
        app.typeKeys("abd")
        expectGolden(await render(app), "04-captcha-spelled-mono")
        expectGolden(await render(app, textMode: .ascii), "04-captcha-spelled-ascii")
    }

    @Test func waitingForTheCode() async {
        var state = WizardState.at(.waitingForLink)
        state.type("7KQ2-M9")
        expectGolden(await render(TestApp.make(state, isTestMode: true)), "05-waiting-mono")
    }

    @Test func waitingForTheLinkAfterAResend() async {
        var state = WizardState.at(.captcha)
        state.type("AbDeF")
        _ = state.reduce(.perform(.next))
        var ticket = Fixtures.ticket
        ticket.carriesLink = true
        state.answer(.submitted(ticket))
        while state.focus != .action(.resendEmail) { _ = state.reduce(.focusNext) }
        _ = state.reduce(.activate)
        ticket.expiresAt = Fixtures.now + 86_399
        state.answer(.resent(ticket))
        expectGolden(await render(TestApp.make(state)), "05-waiting-link-mono")
    }

    @Test func startProcedure() async {
        expectGolden(await render(TestApp.make(.at(.startProcedure), isTestMode: true)), "06-start-procedure-mono")
    }

    @Test func finishProcedure() async {
        expectGolden(await render(TestApp.make(.at(.finishProcedure), isTestMode: true)), "07-finish-procedure-mono")
    }

    @Test func result() async {
        expectGolden(await render(TestApp.make(.at(.result), isTestMode: true)), "08-result-mono")
    }

    /// The result email not delivered yet: screen 8 does not say it was sent.
    @Test func resultWithTheEmailPending() async {
        var state = WizardState.at(.finishProcedure)
        _ = state.reduce(.perform(.next))
        state.answer(.finished(Fixtures.result, emailSent: false))
        expectGolden(await render(TestApp.make(state, isTestMode: true)), "08-result-email-pending-mono")
    }

    @Test func resultInASCII() async {
        expectGolden(await render(TestApp.make(.at(.result)), textMode: .ascii), "08-result-ascii")
    }

    @Test func documents() async {
        expectGolden(await render(TestApp.make(.at(.documents), isTestMode: true)), "09-documents-mono")
    }

    @Test func documentsInColour() async {
        expectGolden(await render(TestApp.make(.at(.documents)), colorMode: .xterm256), "09-documents-colour")
    }

    @Test func helpOverTheCaptcha() async {
        var app = TestApp.make(.at(.captcha))
        app.hit(.function(1))
        expectGolden(await render(app), "help-captcha-mono")
    }

    @Test func exitConfirmation() async {
        var app = TestApp.make(.at(.emailConfirmation))
        _ = app.handle(.interrupt)
        expectGolden(await render(app), "exit-confirmation-mono")
    }

    @Test func idleCountdown() async {
        var app = TestApp.make(.at(.emailConfirmation))
        _ = app.handle(.tick(TestApp.instant(150)))
        _ = app.handle(.tick(TestApp.instant(153)))
        expectGolden(await render(app), "idle-countdown-mono")
    }

    @Test func staffExitPrompt() async {
        var app = TestApp.make(.at(.email), kiosk: true, pin: "2468")
        app.hit(.control("X"))
        app.typeKeys("24")
        expectGolden(await render(app), "staff-exit-mono")
    }

    @Test func busyWhileTheCaptchaIsSent() async {
        var app = TestApp.make(.at(.captcha))
        app.typeKeys("AbDeF")
        app.hit(.enter)
        _ = app.handle(.tick(TestApp.instant(0.3)))
        expectGolden(await render(app), "04-captcha-busy-mono")
    }

    @Test func tooSmallNoticeAtTheAppsMinimum() async {
        let app = TestApp.make(.at(.email))
        let size = Size(rows: 20, columns: 60)
        expectGolden(await ScreenCapture.render(size: size, colorMode: .monochrome) {
            TooSmallNotice(current: size, minimum: app.minimumSize).draw(on: $0)
        }, "too-small-60x20-mono")
    }
}
