import NSSCore
@testable import PlainMode
import Testing
import TestSupport
import Wizard

@Suite(.runsPrograms) struct CommandTests {
    @Test func ayudaListsOnlyWhatWorksOnThisScreen() async {
        let run = await PlainRun.run([":ayuda"])
        #expect(run.transcript.contains("Comandos disponibles aquí:\n:salir: sale del trámite y borra tus datos de este equipo.\n:buscar: busca tu CURP"))
        #expect(!run.transcript.contains(":otra: "))
        #expect(!run.transcript.contains(":atras: "))
    }

    @Test func anUnknownCommandIsNamedAndHelpOffered() async {
        let run = await PlainRun.run([":volar"])
        #expect(run.transcript.contains("No conozco el comando :volar. Escribe :ayuda para ver los comandos."))
    }

    @Test func aCommandOfAnotherScreenSaysSo() async {
        let run = await PlainRun.run([":otra"])
        #expect(run.transcript.contains(":otra no está disponible en este paso."))
    }

    @Test func otraSpellsAnotherCaptcha() async {
        let run = await PlainRun.run(Answers.upToCaptcha + [":otra", FakeBackend.captchaAnswer])
        #expect(run.transcript.components(separatedBy: CaptchaWording.spelledInstruction(count: 5)).count == 3)
        #expect(run.transcript.contains("Paso 5 de 9"))
    }

    @Test func otraAfterImagenShowsANewImage() async {
        let run = await PlainRun.run(Answers.upToCaptcha + [":imagen", ":otra", FakeBackend.captchaAnswer])
        #expect(run.transcript.components(separatedBy: "Fin de la imagen.").count == 3)
        #expect(run.transcript.contains("Paso 5 de 9"))
    }

    @Test func aWrongCaptchaIsSaidAndAnotherSpelled() async {
        let run = await PlainRun.run(Answers.upToCaptcha + ["abcdx", FakeBackend.captchaAnswer])
        #expect(run.transcript.contains("Atención: \(CaptchaWording.refusal(.captchaWrong, kind: .spelled))"))
        #expect(run.transcript.components(separatedBy: CaptchaWording.spelledInstruction(count: 5)).count == 3)
        #expect(run.transcript.contains("Paso 5 de 9"))
    }

    @Test func aWrongPictureAnswerIsSaidInThePicturesWords() async {
        let run = await PlainRun.run(Answers.upToCaptcha + [":imagen", "abcde", FakeBackend.captchaAnswer])
        #expect(run.transcript.contains("Atención: \(BackendError.captchaWrong.message)"))
        #expect(run.transcript.components(separatedBy: "Fin de la imagen.").count == 3)
        #expect(run.transcript.contains("Paso 5 de 9"))
    }

    @Test func reenviarSendsAnotherEmail() async {
        let run = await PlainRun.run(Answers.upToWaiting + [":reenviar"])
        #expect(run.transcript.contains("Te enviamos un correo nuevo a an***@gmail.com. El anterior ya no sirve.\nCódigo del correo: "))
    }

    @Test func cambiarGoesBackToTheEmailKeepingIt() async {
        let run = await PlainRun.run(Answers.upToWaiting + [":cambiar"])
        #expect(run.transcript.contains(":cambiar\n\nPaso 2 de 9: Correo electrónico\n"))
        #expect(run.transcript.contains("Valor actual de «Correo electrónico»: ana.perez@gmail.com."))
    }

    @Test func atrasAfterTheConfirmationRepeatsWhyItCannot() async {
        let run = await PlainRun.run(Answers.upToPaso1 + [":atras", ":atras"])
        let why = "Tu correo ya está confirmado. Para terminar usa Salir."
        #expect(run.transcript.components(separatedBy: why).count == 3)
    }

    @Test func textAtAButtonPromptExplainsThatEnterIsEnough() async {
        let run = await PlainRun.run(Answers.upToPaso1 + ["sí"])
        #expect(run.transcript.contains("Para «Iniciar trámite» pulsa Enter sin escribir nada."))
    }
}
