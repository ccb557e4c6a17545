import Foundation
import NSSCore
@testable import Screens
import Terminal
import Testing
import TestSupport
import Wizard
import WizardFixtures

/// `nss-kiosk --resume` on the full screen: the list in the look of the other screens (the documents'
/// reverse-video row), keyboard only; Enter goes on with the focused application, Esc starts anew.
@Suite(.serialized, .runsPrograms) struct ResumeScreenTests {
    /// Four applications (one more than fit: the list scrolls) and two expired.
    static func listed(count: Int = 4, expired: Int = 2) -> WizardState {
        let stages: [ProcedureStage] = [.waitingForConfirmation, .finishProcedure, .documents, .result]
        let starts = ["HEGG", "GOMJ", "XORC", "NUIH"]
        let emails = ["gl***@gmail.com", "pe***@hotmail.com", "cl***@yahoo.com.mx", "he***@imss.gob.mx"]
        let applications = (0..<count).map { (index: Int) -> OpenApplication in
            let stage = stages[index % 4]
            let curp: String = starts[index % 4] + String(repeating: "*", count: 14)
            let until: Date = Fixtures.now.addingTimeInterval(Double(600 * (index + 1)))
            return OpenApplication(id: ApplicationID(rawValue: "app-\(index)"), maskedCURP: curp, maskedEmail: emails[index % 4],
                                   folio: stage == .documents || stage == .result ? Fixtures.result.folio : nil,
                                   stage: stage, resumableUntil: until, lastActivity: Fixtures.now)
        }
        var state = WizardState()
        _ = state.beginResume()
        state.answer(.openApplications(OpenApplications(applications: applications, expired: expired)))
        return state
    }

    private func render(_ app: KioskApp, textMode: TextMode = .unicode) async -> ScreenSnapshot {
        await ScreenCapture.render(size: .standard, colorMode: .monochrome, textMode: textMode) { app.draw(on: $0) }
    }

    @Test func theListWhileItIsAskedFor() async {
        var state = WizardState()
        _ = state.beginResume()
        expectGolden(await render(TestApp.make(state, isTestMode: true)), "00-resume-searching-mono")
    }

    @Test func theListWithItsMasks() async {
        let snapshot = await render(TestApp.make(Self.listed(), isTestMode: true))
        expectGolden(snapshot, "00-resume-mono")
        #expect(snapshot.text.contains("CURP HEGG**************  correo gl***@gmail.com"))
        #expect(!snapshot.text.contains("Paso 1 de 9"), "the list comes before the steps")
    }

    @Test func theListInASCII() async {
        expectGolden(await render(TestApp.make(Self.listed(count: 1, expired: 1)), textMode: .ascii), "00-resume-ascii")
    }

    @Test func theListScrollsToTheFocusedApplication() async {
        var app = TestApp.make(Self.listed())
        app.hit(.down, .down, .down)
        #expect(app.state.focus == .action(.resumeApplication(3)))
        let text = await render(app).text
        #expect(text.contains("Trámites 2 a 4 de 4"))
        #expect(text.contains("he***@imss.gob.mx") && !text.contains("gl***@gmail.com"))
    }

    @Test func enterGoesOnWithTheFocusedApplicationAndEscStartsANewOne() async {
        var app = TestApp.make(Self.listed())
        app.hit(.down, .enter)
        #expect(app.state.inFlight == [.resume])
        var other = TestApp.make(Self.listed())
        other.hit(.escape)
        #expect(other.state.resumeChoice == nil && other.state.step == .curp && other.state.focus == .field(.curp))
        let text = await render(other).text
        #expect(text.contains("Paso 1 de 9"))
    }

    /// Nothing was typed on the list: F10 leaves at once, without «¿Deseas salir?».
    @Test func leavingTheListIsNotAsked() {
        var app = TestApp.make(Self.listed())
        #expect(app.hit(.function(10)) == .finish)
    }
}
