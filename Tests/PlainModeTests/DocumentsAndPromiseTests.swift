import Foundation
import NSSCore
@testable import PlainMode
import Testing
import TestSupport
import Wizard

/// Paso 9 keeps the documents by default, the email's promise follows the office, and a short idle limit
/// does not ask «¿Sigues ahí?» after every answer.
@Suite(.runsPrograms) struct DocumentsAndPromiseTests {
    /// Enter on the documents is «Guardar» (here a terminal that cannot save: it says so); however often
    /// it is pressed, nothing ends until :terminar is typed.
    @Test func enterOnTheDocumentsKeepsThemAndOnlyTerminarEnds() async {
        let kept = await PlainRun.run(Answers.upToPaso1 + ["", "", "", "", ""])
        #expect(kept.transcript.contains("Pulsa Enter para «Guardar» tus documentos; cuando acabes, escribe :terminar: \n"))
        #expect(kept.transcript.contains("Esta terminal no puede guardar ni imprimir documentos."))
        #expect(!kept.transcript.contains("Terminaste el trámite."))
        #expect(kept.transcript.hasSuffix("Terminó la entrada. Se borraron tus datos de este equipo.\n"))

        let ended = await PlainRun.run(Answers.upToPaso1 + ["", "", "", "", ":terminar", "nunca se lee"])
        #expect(ended.transcript.hasSuffix("escribe :terminar: :terminar\n\nTerminaste el trámite. Gracias.\nSe borraron tus datos de este equipo.\n"))
        #expect(!ended.finalState.holdsPersonalData)
    }

    @Test(arguments: [false, true])
    func theEmailScreenPromisesWhatTheEmailBrings(carriesLink: Bool) async {
        var options = PlainOptions.testing
        options.confirmationCarriesLink = carriesLink
        let run = await PlainRun.run(Answers.upToCaptcha, options: options)
        let promise = carriesLink ? "una liga y un código de confirmación" : "un código de confirmación"
        #expect(run.transcript.contains("Te enviaremos \(promise) a este correo."))
        #expect(run.transcript.contains(CaptchaWording.afterwards(carriesLink: carriesLink)))
        #expect((run.transcript.range(of: "\\bliga\\b", options: .regularExpression) != nil) == carriesLink)
    }

    /// `--idle 30` with the usual 30-second warning: a person who reads each question for a moment
    /// (five seconds of the session's clock, over a few of its 20 ms ticks) before answering hears the
    /// next question, never «¿Sigues ahí?». The clock moves only when the person reads, so a stalled
    /// machine is not taken for a silent person.
    @Test func aShortIdleLimitDoesNotWarnAfterEveryAnswer() async {
        let transcript = Transcript()
        let (clock, advance) = SessionClock.manual()
        let reads: ConversationInput.Step = .meanwhile {
            advance(.seconds(5))
            try? await Task.sleep(for: .milliseconds(200))
        }
        let input = ConversationInput(steps: [
            .type(Answers.curp), .waitFor("Correo electrónico (obligatorio): "), reads,
            .type(Answers.email), .waitFor("Confirma tu correo electrónico (obligatorio): "), reads,
            .type(Answers.email), .waitFor("Escribe los caracteres (obligatorio): "), reads,
            .type(":salir"), .waitFor("Escribe s para salir"), .type("s"),
        ], transcript: transcript)
        var options = PlainOptions.testing
        options.idleSeconds = 30
        options.idleWarningSeconds = 30
        let run = await PlainRun.run(input, output: transcript, options: options, clock: clock)
        #expect(!run.transcript.contains("¿Sigues ahí?"))
        #expect(run.transcript.contains("Saliste del trámite."))
    }
}

/// «:telefono» in the line mode: the links for the phone said one a line, and the documents' prompt again.
@Suite(.runsPrograms) struct PhoneLinksInTheLineModeTests {
    @Test func telefonoSaysALinkPerDocumentAndTheDocumentsPromptComesBack() async {
        let run = await PlainRun.run(Answers.upToPaso1 + ["", "", "", ":telefono", ":terminar"])
        #expect(run.transcript.contains("Con :telefono te damos una liga por documento para tu teléfono."))
        #expect(run.transcript.contains("Ligas para tu teléfono; cada una sirve una sola vez, hasta las "))
        #expect(run.transcript.contains("1. Número de Seguridad Social: https://oficina.example/d/CONSTANCIA\n"))
        #expect(run.transcript.contains("2. Tarjeta de Número de Seguridad Social: https://oficina.example/d/TARJETA\n"))
        let afterLinks = run.transcript.components(separatedBy: "Descargar el PDF».").last ?? ""
        #expect(afterLinks.contains("Pulsa Enter para «Guardar» tus documentos; cuando acabes, escribe :terminar: "))
        #expect(run.transcript.hasSuffix("Terminaste el trámite. Gracias.\nSe borraron tus datos de este equipo.\n"))
        #expect(!run.finalState.holdsPersonalData)
    }
}
