import NSSCore
@testable import PlainMode
import Testing
import TestSupport
import Wizard

/// A file of answers in the line mode: each answer typed at its question, so every screen's own checks
/// apply; a wrong one stops the run with what the screen said.
@Suite(.runsPrograms) struct ScriptedLineTests {
    static func answers(curp: String = Answers.curp, confirmation: String? = nil,
                        code: ScriptedAnswers.Code = .typed(FakeBackend.code), documents: [ScriptedAnswers.DocumentAction] = [.emailCopy],
                        finish: Bool = true) -> ScriptedAnswers {
        ScriptedAnswers(curp: curp, email: Answers.email, emailConfirmation: confirmation, captcha: FakeBackend.captchaAnswer,
                        code: code, documents: documents, finish: finish)
    }

    static func run(_ answers: ScriptedAnswers, input: [String] = [], backend: FakeBackend = FakeBackend(),
                    code: @escaping ScriptedRun.CodeSource = { _ in .failure(.init("sin buzón")) }) async -> (PlainRun, ScriptedRun) {
        let script = ScriptedRun(answers: answers, codeSource: code)
        let run = await PlainRun.run(ScriptedInput(input), backend: backend, output: Transcript(), script: script)
        return (run, script)
    }

    @Test func theWholeProcedureFromAFileOfAnswers() async {
        let (run, script) = await Self.run(Self.answers())
        for step in Step.allCases { #expect(run.transcript.contains("Paso \(step.number) de 9: \(step.title)")) }
        #expect(run.transcript.contains("CURP (obligatorio): \(Answers.curp)\nCURP válida."))
        #expect(run.transcript.contains("Código del correo: \(FakeBackend.code)"))
        #expect(run.transcript.contains("Pulsa Enter para «Guardar» tus documentos; cuando acabes, escribe :terminar: :copia\n"
                                        + "Te enviamos una copia con los dos documentos a an***@gmail.com."))
        #expect(run.transcript.contains("Terminaste el trámite."))
        #expect(run.status == 0)
        #expect(script.stop == nil && script.isOver)
    }

    @Test func theCodeComesFromTheOutboxWhenTheFileSaysSo() async {
        let (run, _) = await Self.run(Self.answers(code: .fromOutbox), code: { _ in .success(FakeBackend.code) })
        #expect(run.transcript.contains("Código del correo: \(FakeBackend.code)"))
        #expect(run.status == 0)
    }

    @Test func anOutboxWithoutTheCodeStopsTheRun() async {
        let (run, script) = await Self.run(Self.answers(code: .fromOutbox))
        #expect(run.status == 1)
        #expect(script.stop == ScriptedRun.Stop(step: .waitingForLink,
                                                message: "No se pudo leer el código del buzón (codigo: desde-buzon): sin buzón"))
    }

    @Test(arguments: [
        (ScriptedLineTests.answers(curp: "HEGG560427MVZRRL05"), Step.curp, CURPFailure.checkDigit(expected: 4, found: "5").message),
        (ScriptedLineTests.answers(confirmation: "otra@gmail.com"), .emailConfirmation, "Los correos no coinciden. Revisa lo que escribiste."),
        (ScriptedLineTests.answers(code: .typed("AAAA-AAAA")), .waitingForLink, BackendError.codeWrong(attemptsLeft: 2).message),
        // A CURP well written but not registered: the wizard sends the person back to the CURP.
        (ScriptedLineTests.answers(curp: "XORC070223MYNLDLA6"), .curp, BackendError.curpNotInRegistry.message),
        // «Guardar» on a terminal that cannot save: the documents screen's message.
        (ScriptedLineTests.answers(documents: [.save]), .documents,
         "Esta terminal no puede guardar ni imprimir documentos. Pide una copia por correo."),
    ])
    func aWrongAnswerStopsWithTheScreensMessage(answers: ScriptedAnswers, step: Step, message: String) async {
        let (run, script) = await Self.run(answers)
        #expect(run.status == 1)
        #expect(script.stop == ScriptedRun.Stop(step: step, message: message))
        #expect(run.transcript.contains("Las respuestas del archivo se detuvieron en el paso \(step.number) de 9: \(message)"))
        #expect(!run.finalState.holdsPersonalData, "wiped")
    }

    @Test func withoutTerminarThePersonGoesOnFromTheDocuments() async {
        let (run, script) = await Self.run(Self.answers(finish: false), input: [":terminar"])
        #expect(run.transcript.contains("Terminaste el trámite."))
        #expect(run.status == 0 && script.isOver && script.stop == nil)
    }
}
