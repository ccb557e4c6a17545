import NSSCore
@testable import PlainMode
import Testing
import TestSupport
import Wizard

/// The captcha in the line mode: spelled by default, one character per line, so that a person who only
/// hears or feels the lines passes step 4 alone; the picture on request, framed by what it is.
@Suite(.runsPrograms) struct CaptchaReadingTests {
    @Test func theSpelledCaptchaComesFirstWithItsCaseRule() async {
        let run = await PlainRun.run(Answers.upToCaptcha + [":salir"], backend: FakeBackend(captchaIsTestMode: false))
        let spelled = [CaptchaChoice.intro(.spelled), CaptchaWording.afterwards(carriesLink: false),
                       CaptchaWording.spelledInstruction(count: 5)] + FakeBackend.spelled
            + [CaptchaChoice.commands(.spelled)]
        #expect(run.transcript.contains(spelled.joined(separator: "\n") + "\nEscribe los caracteres (obligatorio): "))
        #expect(run.transcript.contains("No importa si usas mayúsculas o minúsculas."))
        #expect(!run.transcript.contains("imagen (arte ASCII)"))
        #expect(!run.transcript.contains("pide ayuda al personal"))
        #expect(!run.transcript.contains("modo de prueba"))
    }

    /// What a screen-reader user gets is enough: the answer is made from the lines said, nothing else.
    @Test func aPersonWhoOnlyHearsTheLinesPassesStepFour() async {
        let transcript = Transcript()
        let steps: [ConversationInput.Step] = Answers.upToCaptcha.map(ConversationInput.Step.type) + [
            .waitFor("Escribe los caracteres (obligatorio): "),
            .typeFromWhatWasSaid { said in
                SpelledCaptchaReader.answer(in: said.split(separator: "\n").map(String.init)) ?? ""
            },
            .waitFor("Paso 5 de 9"),
            .type(":salir"),
        ]
        let backend = FakeBackend(captchaIsTestMode: false)
        let run = await PlainRun.run(ConversationInput(steps: steps, transcript: transcript), backend: backend,
                                     output: transcript)
        #expect(run.transcript.contains("Paso 5 de 9"))
        #expect(run.transcript.contains("Escribe los caracteres (obligatorio): abcde\n"), "typed as heard: small letters, which the spelled captcha takes")
        #expect(await backend.captchaKindsAsked == [.spelled])
    }

    @Test func imagenShowsThePictureAndLetrasSpellsAgain() async {
        let backend = FakeBackend(captchaIsTestMode: false)
        let run = await PlainRun.run(Answers.upToCaptcha + [":imagen", ":imagen", ":ayuda", ":letras", FakeBackend.captchaAnswer],
                                     backend: backend)
        #expect(await backend.captchaKindsAsked == [.spelled, .picture, .spelled])
        #expect(run.transcript.contains("Un lector de pantalla no puede leerla."))
        #expect(run.transcript.contains(CaptchaChoice.commands(.picture)))
        #expect(run.transcript.contains(":imagen no está disponible en este paso."))
        #expect(run.transcript.contains(Command.spelled.explanation(inLookup: false)))
        #expect(run.transcript.components(separatedBy: CaptchaWording.spelledInstruction(count: 5)).count == 3)
        #expect(run.transcript.contains("Paso 5 de 9"))
    }

    @Test func ayudaOnTheSpelledCaptchaOffersThePicture() async {
        let run = await PlainRun.run(Answers.upToCaptcha + [":ayuda", ":salir"])
        #expect(run.transcript.contains(Command.picture.explanation(inLookup: false)))
        #expect(!run.transcript.contains(Command.spelled.explanation(inLookup: false)))
    }

    @Test func theCaptchaCommandsWorkOnlyOnTheCaptchaStep() async {
        let run = await PlainRun.run([":imagen", ":letras"])
        #expect(run.transcript.contains(":imagen no está disponible en este paso."))
        #expect(run.transcript.contains(":letras no está disponible en este paso."))
    }

    @Test func outsideTestModeThePicturesTextIsNeverRead() async {
        let run = await PlainRun.run(Answers.upToCaptcha + [":imagen", ":salir"], backend: FakeBackend(captchaIsTestMode: false))
        #expect(run.transcript.contains("Un lector de pantalla no puede leerla."))
        #expect(!run.transcript.contains(FakeBackend.captchaAnswer))
        #expect(!run.transcript.contains("modo de prueba"))
    }

    /// In test mode the spelled captcha spells the test answer (the fake's here) and the step says the
    /// mode, as the picture does.
    @Test func inTestModeTheSpelledCaptchaSaysSo() async {
        let run = await PlainRun.run(Answers.upToCaptcha + [":salir"])
        #expect(run.transcript.contains("Atención: el servicio está en modo de prueba; el captcha tiene siempre la misma respuesta.\n"
                                        + CaptchaWording.spelledInstruction(count: 5)))
        #expect(SpelledCaptchaReader.answer(in: FakeBackend.spelled) == FakeBackend.captchaAnswer.lowercased())
    }

    @Test func inTestModeWithoutAKnownAnswerOnlyTheModeIsSaid() async {
        var options = PlainOptions.testing
        options.testCaptchaAnswer = nil
        let run = await PlainRun.run(Answers.upToCaptcha + [":imagen", ":salir"], options: options)
        #expect(run.transcript.contains("Atención: el servicio está en modo de prueba"))
        #expect(!run.transcript.contains("Texto de la imagen"))
    }

    @Test func theTestAnswerIsSpelledWithItsCase() {
        #expect(CaptchaReading.spelled("Ab7") == "A mayúscula, b minúscula, 7")
    }
}
