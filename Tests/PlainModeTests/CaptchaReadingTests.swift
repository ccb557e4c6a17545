import NSSCore
@testable import PlainMode
import Testing
import TestSupport
import Wizard

@Suite(.runsPrograms) struct CaptchaReadingTests {
    @Test func outsideTestModeTheTextIsNeverReadAndStaffAreOffered() async {
        let run = await PlainRun.run(Answers.upToCaptcha + [":salir"], backend: FakeBackend(captchaIsTestMode: false))
        #expect(run.transcript.contains("Un lector de pantalla no puede leerla."))
        #expect(run.transcript.contains("Si no puedes leer la imagen, pide ayuda al personal, o escribe :otra para ver otra."))
        #expect(!run.transcript.contains(FakeBackend.captchaAnswer))
        #expect(!run.transcript.contains("modo de prueba"))
    }

    @Test func inTestModeWithoutAKnownAnswerOnlyTheModeIsSaid() async {
        var options = PlainOptions.testing
        options.testCaptchaAnswer = nil
        let run = await PlainRun.run(Answers.upToCaptcha + [":salir"], options: options)
        #expect(run.transcript.contains("Atención: el servicio está en modo de prueba"))
        #expect(!run.transcript.contains("Texto de la imagen"))
    }

    @Test func theTestAnswerIsSpelledWithItsCase() {
        #expect(CaptchaReading.spelled("Ab7") == "A mayúscula, b minúscula, 7")
    }
}
