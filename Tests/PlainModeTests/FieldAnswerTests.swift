import NSSCore
@testable import PlainMode
import Testing
import TestSupport
import Wizard

@Suite(.runsPrograms) struct FieldAnswerTests {
    @Test func aWrongCURPIsReadBackWithItsSpanishReasonAndAskedAgainUntilItIsRight() async {
        let reason = CURPFailure.checkDigit(expected: 4, found: "5").message
        let run = await PlainRun.run(["HEGG560427MVZRRL05", Answers.curp])
        #expect(run.transcript.contains("""
            CURP (obligatorio): HEGG560427MVZRRL05
            \(reason)
            CURP (obligatorio): HEGG560427MVZRRL04
            CURP válida.
            """))
        #expect(run.transcript.contains("Paso 2 de 9: Correo electrónico"))
    }

    @Test func aShortCURPGetsTheReasonNotTheTypingHint() async {
        let run = await PlainRun.run(["HEGG56"])
        #expect(!run.transcript.contains("La CURP tiene 18 letras y números."))
        #expect(run.transcript.contains("CURP (obligatorio): HEGG56\n\(CURPFailure.length(actual: 6).message)\n"))
    }

    @Test func enterOnAnEmptyRequiredFieldSaysWhatIsMissing() async {
        let run = await PlainRun.run([""])
        #expect(run.transcript.contains("CURP (obligatorio): \nEscribe tu CURP: son 18 caracteres.\nCURP (obligatorio): "))
    }

    @Test func aMismatchedConfirmationIsRefusedUntilBothEmailsMatch() async {
        let run = await PlainRun.run([Answers.curp, Answers.email, "ana.perez@gmail.co", Answers.email])
        #expect(run.transcript.contains("""
            Confirma tu correo electrónico (obligatorio): ana.perez@gmail.co
            Los correos no coinciden. Revisa lo que escribiste.
            Confirma tu correo electrónico (obligatorio): ana.perez@gmail.com
            Los correos coinciden.
            """))
        #expect(run.transcript.contains("Paso 4 de 9"))
    }

    @Test func repetirReadsWhatWasTypedAfterAnInvalidAnswer() async {
        let run = await PlainRun.run(["HEGG56", ":repetir"])
        #expect(run.transcript.contains(":repetir\nValor actual de «CURP»: HEGG56\nCURP (obligatorio): "))
    }

    @Test func aLikelyTypoInTheEmailIsOfferedAndTakenWithS() async {
        let run = await PlainRun.run([Answers.curp, "ana@gmial.com", "s", "ana@gmail.com"])
        #expect(run.transcript.contains("Correo electrónico (obligatorio): ana@gmial.com\n¿Quisiste decir ana@gmail.com? Escribe s para usarlo, o n para conservar el correo que escribiste: s\nUsaremos ana@gmail.com."))
        #expect(run.transcript.contains("Los correos coinciden."))
        #expect(run.transcript.contains("Paso 4 de 9"))
    }

    @Test func answeringNoKeepsTheEmailAsTyped() async {
        let run = await PlainRun.run([Answers.curp, "ana@gmial.com", "n", "ana@gmial.com"])
        #expect(!run.transcript.contains("Usaremos"))
        #expect(run.transcript.contains("Los correos coinciden."))
    }

    @Test func atrasKeepsEveryValueAndEnterAcceptsIt() async {
        let run = await PlainRun.run([Answers.curp, Answers.email, ":atras", ":atras", "", ""])
        #expect(run.transcript.contains("Valor actual de «CURP»: HEGG560427MVZRRL04. Pulsa Enter para conservarlo.\nCURP (obligatorio): \nCURP válida."))
        #expect(run.transcript.contains("Valor actual de «Correo electrónico»: ana.perez@gmail.com. Pulsa Enter para conservarlo."))
        #expect(run.transcript.components(separatedBy: "Paso 2 de 9").count == 4)
        #expect(run.transcript.hasSuffix("Paso 3 de 9: Confirma tu correo electrónico\n\(EmailConfirmationWording.ask)\nConfirma tu correo electrónico (obligatorio): \nTerminó la entrada. Se borraron tus datos de este equipo.\n"))
    }

    @Test func borrarEmptiesTheFieldBeingAsked() async {
        let run = await PlainRun.run(["HEGG56", ":borrar", ":repetir"])
        #expect(run.transcript.contains(":borrar\nSe borró «CURP».\nCURP (obligatorio): :repetir\n«CURP» todavía está vacío."))
    }
}
