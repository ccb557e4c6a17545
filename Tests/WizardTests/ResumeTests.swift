import Foundation
import NSSCore
import Testing
@testable import Wizard
import WizardFixtures

/// `--resume`: the list of this account's applications, and going on with one where it stopped without
/// the backend taking any step again.
@Suite struct ResumeTests {
    /// The list open, answered with one application.
    static func listed() -> WizardState {
        var s = WizardState()
        _ = s.beginResume()
        s.answer(.openApplications(OpenApplications(applications: [Fixtures.openApplication], expired: 2)))
        return s
    }

    @Test func theListIsAskedForAtOnceAndShowsBeforeAnyStep() {
        var s = WizardState()
        #expect(s.beginResume() == [.listOpenApplications])
        #expect(s.resumeChoice?.applications == nil)
        #expect(s.isBusy)
        s.answer(.openApplications(OpenApplications(applications: [Fixtures.openApplication], expired: 2)))
        #expect(s.resumeChoice?.applications == [Fixtures.openApplication])
        #expect(s.resumeChoice?.expired == 2)
        #expect(s.focus == .action(.resumeApplication(0)))
        #expect(s.focusOrder == [.action(.resumeApplication(0)), .action(.startNew), .action(.exit)])
        #expect(s.stepHelp == ResumeWording.help)
    }

    @Test func nothingToResumeOpensTheCURPScreenAndSaysWhy() {
        var s = WizardState()
        _ = s.beginResume()
        s.answer(.openApplications(OpenApplications(applications: [], expired: 1)))
        #expect(s.resumeChoice == nil)
        #expect(s.step == .curp && s.focus == .field(.curp))
        #expect(s.notice == .info(ResumeWording.nothingToResume(expired: 1)))
        #expect(s.notice?.text.contains("Otro trámite venció") == true)
        #expect(s.notice?.text.contains("antes de enviar el captcha no se guarda") == true)
    }

    @Test func escapeAndEmpezarUnoNuevoStartANewProcedureAndLeaveTheApplicationsAlone() {
        for event in [Event.perform(.back), .perform(.startNew)] {
            var s = Self.listed()
            #expect(s.reduce(event).isEmpty, "nothing is sent: the applications stay to be taken up later")
            #expect(s.resumeChoice == nil && s.step == .curp && s.focus == .field(.curp))
        }
    }

    @Test func leavingTheListIsNotAskedAndLeavesNothing() {
        var s = Self.listed()
        #expect(!s.leavingNeedsConfirmation, "nothing was typed")
        #expect(s.reduce(.perform(.exit)) == [.endSession(.exit)])
    }

    @Test func choosingAnApplicationAsksTheBackendForItOnly() {
        var s = Self.listed()
        #expect(s.reduce(.activate) == [.resume(Fixtures.ticket.id)])
        #expect(s.isBusy)
    }

    /// Each stage lands on its screen with what the backend stored, and no call that would take a step
    /// again: no submit or resend (a second email), no finish (a second Paso 2).
    @Test(arguments: ProcedureStage.allCases)
    func aResumedApplicationGoesOnWhereItStopped(stage: ProcedureStage) {
        var s = Self.listed()
        _ = s.reduce(.activate)
        let effects = s.answer(.resumed(Fixtures.resumed(at: stage)))
        let expected: Step = switch stage {
        case .waitingForConfirmation, .confirmed: .waitingForLink
        case .startProcedure: .startProcedure
        case .finishProcedure: .finishProcedure
        case .result: .result
        case .documents: .documents
        }
        #expect(s.step == expected)
        #expect(s.resumeChoice == nil)
        #expect(s.ticket == Fixtures.ticket)
        #expect(s.focus == s.focusOrder.first)
        switch stage {
        case .confirmed: #expect(effects == [.startProcedure(Fixtures.ticket.id)], "Paso 1, the step not yet taken")
        case .documents: #expect(effects == [.listDocuments(Fixtures.ticket.id)])
        default: #expect(effects.isEmpty)
        }
        if stage == .result || stage == .documents {
            #expect(s.result == Fixtures.result, "the stored NSS and folio")
            #expect(s.person == Fixtures.person)
        }
        #expect(s.notice == .info(ResumeWording.resumed) || stage == .confirmed)
        // Nothing of the procedure is asked again: on the waiting screen only the poll of the next tick.
        let next = s.reduce(.tick(Fixtures.now))
        for effect in next {
            switch effect {
            case .pollConfirmation: #expect(stage == .waitingForConfirmation)
            default: Issue.record("a tick after resuming at \(stage) made \(effect)")
            }
        }
    }

    @Test func anApplicationThatExpiredMeanwhileIsSaidAndTheListAskedAgain() {
        var s = Self.listed()
        _ = s.reduce(.activate)
        let effects = s.reduce(.failure(.resume, .confirmationExpired, session: s.session))
        #expect(effects == [.listOpenApplications])
        #expect(s.notice == .error(ResumeWording.expiredNow))
        #expect(s.resumeChoice != nil)
    }

    @Test func aListThatCannotBeHadOpensTheCURPScreenWithTheReason() {
        var s = WizardState()
        _ = s.beginResume()
        _ = s.reduce(.failure(.openApplications, .unreachable, session: s.session))
        #expect(s.resumeChoice == nil && s.step == .curp)
        #expect(s.notice == .error(BackendError.unreachable.message))
    }

    @Test func cambiarCorreoLeavesTheApplicationBehind() {
        var s = WizardState.at(.waitingForLink)
        #expect(s.reduce(.perform(.changeEmail)) == [.recordProgress(Fixtures.ticket.id, .left)])
        #expect(s.step == .email && s.ticket == nil)
    }

    /// Taken up on another terminal, nothing was typed here: «Cambiar correo» starts from the CURP.
    @Test func cambiarCorreoAfterAResumeStartsFromTheCURP() {
        var s = Self.listed()
        _ = s.reduce(.activate)
        s.answer(.resumed(Fixtures.resumed(at: .waitingForConfirmation)))
        #expect(s.reduce(.perform(.changeEmail)) == [.recordProgress(Fixtures.ticket.id, .left)])
        #expect(s.step == .curp && s.focus == .field(.curp))
    }

    @Test func theScreensWithoutACallAreToldToTheBackend() {
        var s = WizardState.at(.startProcedure)
        #expect(s.reduce(.perform(.next)) == [.recordProgress(Fixtures.ticket.id, .finishProcedure)])
        #expect(s.reduce(.perform(.back)) == [.recordProgress(Fixtures.ticket.id, .startProcedure)])
        var d = WizardState.at(.documents)
        #expect(d.reduce(.perform(.back)) == [.recordProgress(Fixtures.ticket.id, .result)])
    }

    @Test func theProgressAnswerIsNeverWaitedFor() {
        var s = WizardState.at(.startProcedure)
        _ = s.reduce(.perform(.next))
        #expect(!s.isBusy)
        let before = s
        _ = s.reduce(.reply(.progressRecorded, session: s.session))
        #expect(s == before)
    }

    @Test func theMasksShowNothingInFull() {
        let application = Fixtures.openApplication
        #expect(application.maskedCURP == "HEGG**************")
        let shown = [ResumeWording.headline(application), ResumeWording.whose(application), ResumeWording.spoken(application)]
        for line in shown {
            #expect(!line.contains(Fixtures.curp) && !line.contains(Fixtures.email))
        }
        #expect(ResumeWording.spoken(application).contains("CURP que empieza con HEGG"))
        #expect(ResumeWording.spoken(application).contains("correo que empieza con gl, en gmail.com"))
    }
}
