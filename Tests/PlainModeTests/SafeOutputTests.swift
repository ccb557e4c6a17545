import NSSCore
@testable import PlainMode
import Testing
import TestSupport
import Wizard

@Suite(.runsPrograms) struct SafeOutputTests {
    @Test func controlCharactersFromTheRegistryOrTheKeyboardNeverReachTheOutput() async {
        let backend = FakeBackend(people: [People.gloriaWithControls])
        let run = await PlainRun.run(["\u{1B}[2J\u{1B}]0;hola\u{07}"] + Answers.upToPaso1 + [":salir"], backend: backend)
        #expect(run.transcript.contains("Bienvenido: GLORIA\u{FFFD}\u{FFFD}\u{FFFD} HERNÁNDEZ\u{FFFD}\u{FFFD}FALSO GARCÍA\u{FFFD}"))
        let unsafe = run.transcript.unicodeScalars.filter { $0 != "\n" && UnsafeText.isUnsafe($0) }
        #expect(unsafe.isEmpty, "written: \(unsafe.map { String($0.value, radix: 16) })")
    }

    @Test func theASCIIFallbackWritesNothingButASCII() async {
        var options = PlainOptions.testing
        options.ascii = true
        let run = await PlainRun.run(Answers.whole, options: options)
        #expect(run.transcript.utf8.allSatisfy { $0 < 0x80 })
        #expect(run.transcript.contains("Paso 2 de 9: Correo electronico"))
        #expect(run.transcript.contains("No te sabes tu CURP? Escribe :buscar"))
        #expect(run.transcript.contains("Bienvenido: GLORIA HERNANDEZ GARCIA"))
        #expect(run.transcript.contains("Pulsa Enter para \"Guardar\" tus documentos"))
        #expect(run.transcript.contains(", Tarjeta de Numero de Seguridad Social\n"))
    }
}
