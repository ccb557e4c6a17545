import NSSCore
@testable import PlainMode
import Testing
import TestSupport
import Wizard

@Suite(.runsPrograms) struct WalkThroughTests {
    @Test func aPersonGoesFromTheCURPToTheDocumentsWithTextAndEnterAlone() async {
        let run = await PlainRun.run(Answers.whole)
        for step in Step.allCases {
            #expect(run.transcript.contains("Paso \(step.number) de 9: \(step.title)"))
        }
        #expect(run.transcript.contains("CURP (obligatorio): \(Answers.curp)\nCURP válida."))
        #expect(run.transcript.contains("Para continuar con su trámite le hemos enviado una liga de confirmación a su correo electrónico: an***@gmail.com."))
        #expect(run.transcript.contains("Bienvenido: GLORIA HERNÁNDEZ GARCÍA"))
        #expect(run.transcript.contains("Fecha de nacimiento: 27/04/1956"))
        #expect(run.transcript.contains("Tu NSS es: 18 25 56 0001 "))
        #expect(run.transcript.contains("Folio 17399369076551325965562, fecha "))
        #expect(run.transcript.contains(", Número de Seguridad Social\n"))
        #expect(run.transcript.contains(", Tarjeta de Número de Seguridad Social\n"))
        #expect(run.transcript.contains("Se borraron tus datos de este equipo."))
        #expect(run.status == 0)
        #expect(!run.finalState.holdsPersonalData)
        #expect(run.transcript.contains("Tu Número de Seguridad Social (NSS) ha sido enviado a tu correo electrónico."))
    }

    /// When the result email could not be delivered yet, the line mode does not say it was sent.
    @Test func anEmailNotYetDeliveredIsNotCalledSent() async {
        let run = await PlainRun.run(Answers.whole, backend: FakeBackend(resultEmailDelivered: false))
        #expect(run.transcript.contains("Tu NSS es: 18 25 56 0001 "))
        #expect(!run.transcript.contains("ha sido enviado"))
        #expect(run.transcript.contains("Te lo enviaremos a tu correo en cuanto sea posible; mientras, guarda o "
                                        + "imprime tus documentos aquí."))
    }
}
