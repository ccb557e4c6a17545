import NSSCore
@testable import PlainMode
import Testing
import TestSupport
import Wizard

@Suite(.runsPrograms) struct WaitingScreenTests {
    @Test func openingTheLinkWhileThePersonTypesNothingMovesOnByItself() async {
        let backend = FakeBackend()
        let transcript = Transcript()
        let input = ConversationInput(steps: Answers.upToWaiting.map(ConversationInput.Step.type) + [
            .waitFor("Código del correo: "),
            .meanwhile { await backend.openLink() },
            .waitFor("Pulsa Enter para «Iniciar trámite»: "),
            .type(":salir"),
        ], transcript: transcript)
        let run = await PlainRun.run(input, backend: backend, output: transcript)
        #expect(run.transcript.contains("Código del correo: \nCorreo confirmado.\n\nPaso 6 de 9: Paso 1 · Iniciar trámite\nBienvenido: GLORIA HERNÁNDEZ GARCÍA\n"))
        #expect(!run.transcript.contains(FakeBackend.code))
    }

    @Test func aWrongCodeIsSaidAndTheRightOneAccepted() async {
        let run = await PlainRun.run(Answers.upToWaiting + ["ABCD2346", FakeBackend.code])
        #expect(run.transcript.contains("Código del correo: ABCD2346\nAtención: \(BackendError.codeWrong(attemptsLeft: 2).message)\nCódigo del correo: ABCD2345\n"))
        #expect(run.transcript.contains("Paso 6 de 9"))
    }

    @Test func aShortCodeIsCountedAndAnEmptyOneWaits() async {
        let run = await PlainRun.run(Answers.upToWaiting + ["abc", ""])
        #expect(run.transcript.contains("Código del correo: abc\nEl código del correo tiene 8 caracteres; llevas 3.\n"))
        #expect(run.transcript.contains("Código del correo: \nSeguimos esperando la confirmación de tu correo."))
    }

    @Test func aPersonWithAnNSSIsToldItWillBeLocated() async {
        let answers = [People.pedro.curp.value, "pedro@example.com", "pedro@example.com", FakeBackend.captchaAnswer,
                       FakeBackend.code, "", "", ""]
        let run = await PlainRun.run(answers)
        #expect(run.transcript.contains("\(FinishProcedureWording.explanation(.localizacion))\n(Localización de NSS)\n"))
        #expect(run.transcript.contains("Tu NSS es: \(People.pedroNSS.formatted)\nTipo de trámite: Localización de NSS."))
    }
}
