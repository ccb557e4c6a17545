import NSSCore
@testable import PlainMode
import Testing
import TestSupport
import Wizard

@Suite(.runsPrograms) struct BackendTroubleTests {
    @Test func whenNoCaptchaCameEnterAsksForAnother() async {
        let run = await PlainRun.run(Answers.upToCaptcha + ["", FakeBackend.captchaAnswer],
                                     backend: FakeBackend(unreachableCaptchas: 1))
        #expect(run.transcript.contains("Atención: \(BackendError.unreachable.message)\nPulsa Enter para «Otros caracteres»: \n"))
        #expect(run.transcript.contains(CaptchaWording.spelledInstruction(count: 5)))
        #expect(run.transcript.contains("Paso 5 de 9"))
    }

    @Test func aCURPMissingFromTheRegistryLeadsBackToTheFirstScreenWithTheReason() async {
        let run = await PlainRun.run(["PEXL750909HDFRXS02", Answers.email, Answers.email, FakeBackend.captchaAnswer])
        #expect(run.transcript.contains("\nPaso 1 de 9: Ingresa tu CURP\n"))
        #expect(run.transcript.contains("Atención: \(BackendError.curpNotInRegistry.message)\nValor actual de «CURP»: PEXL750909HDFRXS02."))
    }

    @Test func aSlowBackendIsAnnounced() async {
        let run = await PlainRun.run(Answers.upToPaso1 + ["", ""], backend: FakeBackend(finishingTime: .milliseconds(1300)))
        // At least the slow Paso 2 is announced; on a loaded machine other calls may cross a second too.
        #expect(run.fullTranscript.contains(PlainRun.busyLine + "\n"))
        #expect(run.transcript.contains("Paso 8 de 9"))
    }
}
