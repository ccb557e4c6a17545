import NSSCore
@testable import PlainMode
import Testing
import TestSupport
import Wizard

/// `nss-kiosk --plain --resume`: a numbered list read out with the masks in words, a number to go on
/// where the procedure stopped, Enter for a new one.
@Suite(.runsPrograms) struct ResumeLineTests {
    static var resuming: PlainOptions {
        var options = PlainOptions.testing
        options.resume = true
        return options
    }

    @Test func aProcedureCutShortOnTheWaitingScreenGoesOnThereWithoutASecondEmail() async {
        let backend = FakeBackend()
        _ = await PlainRun.run(Answers.upToWaiting, backend: backend)   // the input ends: a dropped line
        #expect(await backend.emailsSent == 1)

        let run = await PlainRun.run(["1", FakeBackend.code, "", "", "", ":terminar"], backend: backend, options: Self.resuming)
        let list = run.transcript.components(separatedBy: "Paso 5 de 9").first ?? ""
        #expect(list.contains(ResumeWording.title))
        #expect(list.contains("1. Esperando la confirmación del correo. CURP que empieza con HEGG, correo que empieza con an, en gmail.com."))
        #expect(list.contains("Escribe el número del trámite que quieres continuar (el 1), o pulsa Enter para empezar uno nuevo: 1"))
        #expect(list.contains(ResumeWording.draftsNote))
        #expect(!list.contains(Answers.curp) && !list.contains(Answers.email), "nothing in full in the list")
        #expect(run.transcript.contains("Paso 5 de 9: Revisa tu correo\n"))
        #expect(run.transcript.contains(ResumeWording.resumed))
        #expect(run.transcript.contains("Terminaste el trámite."))
        #expect(await backend.emailsSent == 1, "no second email")
        #expect(run.status == 0)
    }

    @Test func aProcedureCutShortAfterPasoDosShowsTheStoredResult() async {
        let backend = FakeBackend()
        _ = await PlainRun.run(Answers.upToPaso1 + ["", ""], backend: backend)
        #expect(await backend.finishCalls == 1)

        let run = await PlainRun.run(["1", ""], backend: backend, options: Self.resuming)
        #expect(run.transcript.contains("1. Tu Número de Seguridad Social · folio 17399369076551325965562."))
        #expect(run.transcript.contains("Paso 8 de 9: Tu Número de Seguridad Social\nTu NSS es: 18 25 56 0001 "))
        #expect(run.transcript.contains("Paso 9 de 9: Documentos"))
        #expect(await backend.finishCalls == 1, "no second Paso 2")
    }

    @Test func enterStartsANewProcedureAndKeepsTheApplication() async {
        let backend = FakeBackend()
        _ = await PlainRun.run(Answers.upToWaiting, backend: backend)
        let run = await PlainRun.run([""], backend: backend, options: Self.resuming)
        #expect(run.transcript.contains("Paso 1 de 9: Ingresa tu CURP"))
        #expect(!(await backend.left))
    }

    @Test func salirLeavesTheApplicationAndTheNextStartSaysThereIsNothingToResume() async {
        let backend = FakeBackend()
        _ = await PlainRun.run(Answers.upToWaiting + [":salir", "s"], backend: backend)
        #expect(await backend.left)
        let run = await PlainRun.run([], backend: backend, options: Self.resuming)
        #expect(run.transcript.contains(ResumeWording.nothingToResume(expired: 0)))
        #expect(run.transcript.contains("Paso 1 de 9: Ingresa tu CURP"))
    }
}
