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

    /// What is wrong shows once the person presses Continuar (or leaves the field), not while typing.
    @Test func curpWithAWrongCheckDigit() async {
        var state = WizardState()
        state.type("HEGG560427MVZRRL05")
        _ = state.reduce(.perform(.next))
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
        _ = state.reduce(.perform(.next))
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

    /// Continuar on a likely typo of the domain: the correction is offered, its button focused.
    @Test func emailWithASuggestion() async {
        var state = WizardState.at(.email)
        state.type("gloria.hernandez@gmial.com")
        _ = state.reduce(.perform(.next))
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

    /// The app's notice: the sizes, that typing is kept, and the line mode as another way to go on.
    @Test func tooSmallNoticeAtTheAppsMinimum() async {
        let app = TestApp.make(.at(.email))
        let size = Size(rows: 20, columns: 60)
        expectGolden(await ScreenCapture.render(size: size, colorMode: .monochrome) {
            app.tooSmallNotice(current: size).draw(on: $0)
        }, "too-small-60x20-mono")
    }
}

/// F1 on every screen at 80×24: every line of the help and every key shows, scrolling when it does not
/// fit, and the last row says which lines show.
@Suite(.serialized, .runsPrograms) struct HelpScrollingTests {
    static var everyScreen: [WizardState] {
        var lookup = WizardState()
        _ = lookup.reduce(.perform(.openLookup))
        var linked = WizardState.at(.captcha)
        linked.type("AbDeF")
        _ = linked.reduce(.perform(.next))
        var ticket = Fixtures.ticket
        ticket.carriesLink = true
        linked.answer(.submitted(ticket))
        var resume = WizardState()
        _ = resume.beginResume()
        resume.answer(.openApplications(OpenApplications(applications: [Fixtures.openApplication], expired: 0)))
        return Step.allCases.map { WizardState.at($0) } + [lookup, linked, resume]
    }

    @Test(arguments: everyScreen)
    func nothingOfTheHelpIsCut(state: WizardState) async {
        var app = TestApp.make(state)
        app.hit(.function(1))
        let table = ScreenCatalog.screen(for: state).keys(state)
        let rows = HelpOverlay.rows(help: state.stepHelp, table: table)
        var seen = ""
        for _ in 0...rows.count {
            let screen = await ScreenCapture.render(size: .standard, colorMode: .monochrome) { app.draw(on: $0) }
            seen += screen.text
            if rows.count > HelpOverlay.visibleRows {
                #expect(screen.text.contains("de \(rows.count) · ↑ ↓ AvPág RePág"), "the position shows")
            }
            guard app.hit(.down) == .changed else { break }
        }
        let words = state.stepHelp.split(whereSeparator: { $0 == " " || $0 == "\n" })
        for word in words { #expect(seen.contains(word), "«\(word)» of the help never showed") }
        for binding in table.bindings { #expect(seen.contains(binding.meaning), "«\(binding.meaning)» never showed") }
    }

    /// Help longer than the room it has (here a body of 10 rows): the first page, then the last one
    /// after AvPág, each saying which lines show; the keys list is never cut.
    @Test func helpThatDoesNotFitScrolls() async {
        let state = WizardState.at(.email)
        let table = ScreenCatalog.screen(for: state).keys(state)
        let rows = HelpOverlay.rows(help: state.stepHelp, table: table)
        for (first, name) in [(0, "help-scrolled-first-mono"), (rows.count, "help-scrolled-last-mono")] {
            expectGolden(await ScreenCapture.render(size: .standard, colorMode: .monochrome) { canvas in
                HelpOverlay.draw(help: state.stepHelp, table: table, firstRow: first,
                                 on: canvas.region(Rect(row: 0, column: 1, rows: 10, columns: 78)))
            }, name)
        }
    }

    @Test func theHelpKeysScrollOnlyWithinTheHelp() {
        #expect(HelpOverlay.clamped(-5, rowCount: 30) == 0)
        #expect(HelpOverlay.clamped(100, rowCount: 30) == 30 - HelpOverlay.visibleRows)
        #expect(HelpOverlay.clamped(3, rowCount: 10) == 0, "help that fits never moves")
        var app = TestApp.make(.at(.email))
        app.hit(.function(1))
        #expect(app.hit(.down) == .unchanged)
        #expect(app.hit(.pageDown) == .unchanged)
        #expect(app.overlay == .help(firstRow: 0))
        #expect(app.state.focus == .field(.email), "the keys scroll the help, not the screen behind it")
    }
}

/// Screens 2 to 5 and their F1 help promise what the confirmation email will actually bring: a code
/// only, or a link and the code where the office has a public address (`--public-url`).
@Suite(.serialized, .runsPrograms) struct ConfirmationEmailPromiseTests {
    /// «liga» as a word («obligatorios» has it inside).
    static func mentionsALink(_ text: String) -> Bool {
        text.range(of: "\\bligas?\\b", options: .regularExpression) != nil
    }

    func screens(carriesLink: Bool) async -> [String] {
        var shown: [String] = []
        let configuration = WizardConfiguration(confirmationCarriesLink: carriesLink)
        for step in [Step.email, .emailConfirmation, .captcha] {
            var state = WizardState(configuration: configuration)
            state.type(Fixtures.curp); _ = state.reduce(.perform(.next))
            if step != .email { state.type(Fixtures.email); _ = state.reduce(.perform(.next)) }
            if step == .captcha {
                state.type(Fixtures.email); _ = state.reduce(.perform(.next))
                state.answer(.captcha(Fixtures.captcha))
            }
            var app = TestApp.make(state, configuration: configuration)
            shown.append(await ScreenCapture.render(size: .standard, colorMode: .monochrome) { app.draw(on: $0) }.text)
            app.hit(.function(1))
            shown.append(await ScreenCapture.render(size: .standard, colorMode: .monochrome) { app.draw(on: $0) }.text)
        }
        return shown
    }

    @Test func withoutAPublicAddressNothingPromisesALink() async {
        let shown = await screens(carriesLink: false)
        for screen in shown { #expect(!Self.mentionsALink(screen), "\(screen)") }
        #expect(shown[0].contains("Te enviaremos un código de confirmación a este correo."))
        #expect(shown[4].contains("Al continuar te enviaremos el código de confirmación a tu correo."))
    }

    @Test func withAPublicAddressTheLinkAndTheCodeArePromised() async {
        let shown = await screens(carriesLink: true)
        #expect(shown[0].contains("Te enviaremos una liga y un código de confirmación"))
        #expect(shown[1].contains("una liga y un código de confirmación"), "F1 on screen 2")
        #expect(shown[4].contains("Al continuar te enviaremos la liga y el código de confirmación"))
    }

    /// Screen 5 and its help follow the email as it was sent.
    @Test func theWaitingScreenSaysWhatWasSent() async {
        for carriesLink in [false, true] {
            var state = WizardState.at(.captcha)
            state.type("AbDeF")
            _ = state.reduce(.perform(.next))
            var ticket = Fixtures.ticket
            ticket.carriesLink = carriesLink
            state.answer(.submitted(ticket))
            var app = TestApp.make(state)
            let screen = await ScreenCapture.render(size: .standard, colorMode: .monochrome) { app.draw(on: $0) }.text
            app.hit(.function(1))
            let help = await ScreenCapture.render(size: .standard, colorMode: .monochrome) { app.draw(on: $0) }.text
            #expect(Self.mentionsALink(screen) == carriesLink)
            #expect(Self.mentionsALink(help) == carriesLink)
        }
    }

    /// An email the service could not hand over yet (its outbox full or down) is not said to be sent:
    /// it is on its way, and is retried.
    @Test func aQueuedEmailIsNotSaidToHaveBeenSent() async {
        var state = WizardState.at(.captcha)
        state.type("AbDeF")
        _ = state.reduce(.perform(.next))
        var ticket = Fixtures.ticket
        ticket.emailDelivered = false
        state.answer(.submitted(ticket))
        let screen = await ScreenCapture.render(size: .standard, colorMode: .monochrome) { TestApp.make(state).draw(on: $0) }.text
        #expect(!screen.contains("hemos enviado"))
        #expect(screen.contains("le enviaremos"))
        #expect(screen.contains("reintentando"))
        _ = state.reduce(.perform(.resendEmail))
        state.answer(.resent(ticket))
        #expect(state.notice?.text.contains("Te enviaremos un correo nuevo") == true, "\(String(describing: state.notice))")
    }

    /// A CURP typed with spaces (as printed on some documents) is shown as the wizard reads it.
    @Test func theCURPIsShownWithoutTheSpacesItWasTypedWith() async {
        var state = WizardState()
        state.type("hegg 560427 mvzrrl04")
        _ = state.reduce(.perform(.next))
        #expect(state.step == .email)
        let screen = await ScreenCapture.render(size: .standard, colorMode: .monochrome) { TestApp.make(state).draw(on: $0) }
        #expect(screen.text.contains("CURP: HEGG560427MVZRRL04 ✓"))
    }
}
