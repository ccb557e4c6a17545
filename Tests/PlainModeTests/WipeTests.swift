import NSSCore
@testable import PlainMode
import Testing
import TestSupport
import Wizard

@Suite(.runsPrograms) struct WipeTests {
    static let wiped = "Se borraron tus datos de este equipo."
    /// Everything about Gloria that plain mode showed before the wipe.
    static let personalData = [Answers.curp, Answers.email, "ana.perez", "an***@gmail.com", "GLORIA", "HERNÁNDEZ",
                               "GARCÍA", "27/04/1956", "Veracruz"]

    @Test func salirInAKioskWipesEverythingAndStartsOver() async {
        let run = await PlainRun.run(Answers.upToPaso1 + [":salir", "s"], options: kiosk)
        #expect(run.transcript.contains("Bienvenido: GLORIA HERNÁNDEZ GARCÍA"))
        let afterWipe = Self.after(Self.wiped, in: run.transcript)
        #expect(afterWipe.contains("Empezamos de nuevo.\n"))
        #expect(afterWipe.contains("Paso 1 de 9: Ingresa tu CURP"))
        for datum in Self.personalData {
            #expect(!afterWipe.contains(datum), "«\(datum)» was shown after the wipe")
        }
        #expect(!run.finalState.holdsPersonalData)
        #expect(run.finalState.fields.isEmpty && run.finalState.person == nil && run.finalState.ticket == nil)
        #expect(run.finalState.step == .curp && run.finalState.notice == nil)
    }

    @Test func salirOutsideAKioskWipesAndEnds() async {
        let run = await PlainRun.run([Answers.curp, Answers.email, ":salir", "s", "nunca se lee"])
        #expect(run.transcript.hasSuffix("Confirma tu correo electrónico (obligatorio): :salir\n¿Deseas salir? "
            + "\(LeaveWording.consequence(kiosk: false)) Escribe s para salir, o n para seguir con tu trámite: s\n"
            + "\nSaliste del trámite.\n\(Self.wiped)\n"))
        #expect(!run.finalState.holdsPersonalData)
        #expect(run.status == 0)
    }

    /// The wizard's one rule for leaving: «n» (or Enter) goes back to the question that was open, with
    /// everything kept; with nothing typed, :salir leaves at once.
    @Test func salirIsConfirmedOnlyWhenSomethingWouldBeLost() async {
        let kept = await PlainRun.run([Answers.curp, ":salir", "n", Answers.email])
        #expect(kept.transcript.contains("trámite: n\nSeguimos con tu trámite.\nCorreo electrónico (obligatorio): "))
        #expect(kept.transcript.contains("Paso 3 de 9"))
        let empty = await PlainRun.run([":salir", "nunca se lee"])
        #expect(!empty.transcript.contains(LeaveWording.question))
        #expect(empty.transcript.hasSuffix("CURP (obligatorio): :salir\n\nSaliste del trámite.\n\(Self.wiped)\n"))
    }

    /// Ctrl-C in the line mode (outside a kiosk) is the same request as :salir: asked when something
    /// would be lost; a second Ctrl-C while it is asked leaves.
    @Test func ctrlCAsksToLeaveLikeSalir() async {
        let transcript = Transcript()
        let input = InterruptingInput(steps: [.type(Answers.curp), .waitFor("Correo electrónico (obligatorio): "),
                                              .interrupt, .waitFor(LeaveWording.question), .type("n"),
                                              .waitFor("Seguimos con tu trámite."), .interrupt,
                                              .waitFor(LeaveWording.question), .interrupt, .waitFor("never said")],
                                      transcript: transcript)
        let run = await PlainRun.run(input, output: transcript)
        #expect(run.transcript.contains("Seguimos con tu trámite.\nCorreo electrónico (obligatorio): "))
        #expect(run.transcript.hasSuffix("Saliste del trámite.\n\(Self.wiped)\n"))
        #expect(!run.finalState.holdsPersonalData)
    }

    @Test func salirEndsTheSessionEvenThoughTheInputStaysOpen() async {
        let transcript = Transcript()
        let input = ConversationInput(steps: [.type(Answers.curp), .type(":salir"), .type("s"), .waitFor("never said")],
                                      transcript: transcript)
        let run = await PlainRun.run(input, output: transcript)
        #expect(run.transcript.hasSuffix("Saliste del trámite.\n\(Self.wiped)\n"))
    }

    @Test func theEndOfInputWipesAndEnds() async {
        let run = await PlainRun.run([Answers.curp, Answers.email])
        #expect(run.transcript.hasSuffix("Terminó la entrada. Se borraron tus datos de este equipo.\n"))
        #expect(!run.finalState.holdsPersonalData)
        #expect(run.status == 0)
    }

    @Test func anAbsentPersonIsWarnedThenWipedAndTheWizardStartsOver() async {
        let transcript = Transcript()
        let input = ConversationInput(steps: [.type(Answers.curp), .waitFor("Empezamos de nuevo.")], transcript: transcript)
        var options = PlainOptions.testing
        // Even a tick delayed past the limit on a loaded machine warns first (IdleWatch), so the
        // warning below is always in the transcript.
        options.idleSeconds = 5
        options.idleWarningSeconds = 3
        let run = await PlainRun.run(input, output: transcript, options: options)
        // The countdown's number depends on when the tick lands.
        #expect(run.transcript.contains("¿Sigues ahí? Si no escribes nada, en "))
        #expect(run.transcript.contains("Pasó demasiado tiempo sin que escribieras nada.\n\(Self.wiped)\nEmpezamos de nuevo.\n"))
        #expect(!Self.after(Self.wiped, in: run.transcript).contains(Answers.curp))
        #expect(!run.finalState.holdsPersonalData)
    }

    var kiosk: PlainOptions {
        var options = PlainOptions.testing
        options.kiosk = true
        return options
    }

    static func after(_ marker: String, in text: String) -> String {
        guard let range = text.range(of: marker) else { return "" }
        return String(text[range.upperBound...])
    }
}
