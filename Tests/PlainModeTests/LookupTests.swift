import NSSCore
@testable import PlainMode
import Testing
import TestSupport
import Wizard

@Suite(.runsPrograms) struct LookupTests {
    @Test func buscarAsksTheDataListsTheMatchesAndTakesOneByNumber() async {
        let backend = FakeBackend()
        let run = await PlainRun.run([":buscar", "Gloria", "Hernández", "", "27/04/1956", "m", "Veracruz", "1", ""],
                                     backend: backend)
        #expect(run.transcript.contains("Paso 1 de 9: ¿No te sabes tu CURP?"))
        #expect(run.transcript.contains("Segundo apellido (opcional): \nFecha de nacimiento (DD/MM/AAAA) (obligatorio): "))
        #expect(run.transcript.contains("Entidad de nacimiento (obligatorio): Veracruz\nVeracruz\n"))
        #expect(run.transcript.contains("Encontramos una CURP con esos datos:\n1. HEGG560427MVZRRL04: GLORIA HERNÁNDEZ GARCÍA\n"))
        #expect(run.transcript.contains("Escribe el número de tu CURP (el 1), o pulsa Enter para corregir tus datos: 1\n"))
        #expect(run.transcript.contains("Usaremos la CURP HEGG560427MVZRRL04."))
        #expect(run.transcript.contains("Valor actual de «CURP»: HEGG560427MVZRRL04. Pulsa Enter para conservarlo."))
        #expect(run.transcript.contains("Paso 2 de 9: Correo electrónico"))
        let query = await backend.lookups.first
        #expect(query?.secondSurname == nil)
        #expect(query?.birthState == .VZ)
    }

    @Test func aWrongLookupAnswerIsReadBackAndAskedAgain() async {
        let run = await PlainRun.run([":buscar", "Gloria 2", "", "Gloria"])
        #expect(run.transcript.contains("Nombre(s) (obligatorio): Gloria 2\nLos nombres no llevan números.\nNombre(s) (obligatorio): "))
        #expect(run.transcript.contains("Nombre(s) (obligatorio): \nEscribe tu nombre o nombres.\n"))
        #expect(run.transcript.contains("Nombre(s) (obligatorio): Gloria\nPrimer apellido (opcional): "))
    }

    @Test func withoutMatchesTheFormIsAskedAgainKeepingEveryAnswer() async {
        let run = await PlainRun.run([":buscar", "Rosa", "", "", "01/01/1990", "M", "NT", ""])
        #expect(run.transcript.contains("Atención: No encontramos una CURP con esos datos."))
        #expect(run.transcript.contains("Valor actual de «Nombre(s)»: Rosa. Pulsa Enter para conservarlo.\nNombre(s) (obligatorio): \nPrimer apellido (opcional): "))
    }

    @Test func atrasClosesTheLookupAndReturnsToTheCURP() async {
        let run = await PlainRun.run([":buscar", ":ayuda", ":atras", Answers.curp])
        #expect(run.transcript.contains(":atras: cierra la búsqueda y vuelve a la CURP."))
        #expect(run.transcript.contains("Nombre(s) (obligatorio): :atras\n\nPaso 1 de 9: Ingresa tu CURP\n"))
        #expect(run.transcript.contains("Paso 2 de 9"))
    }
}
