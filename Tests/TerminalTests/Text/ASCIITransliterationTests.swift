import Testing
import TestSupport
@testable import Terminal

@Suite(.runsPrograms) struct ASCIITransliterationTests {
    @Test func accentsAndEñeLoseTheirMarks() {
        #expect(ASCIITransliteration.apply("Asignación o Localización de NSS") == "Asignacion o Localizacion de NSS")
        #expect(ASCIITransliteration.apply("JESÚS ISRAEL PERALES MARTÍNEZ, Ñandú, pingüino")
            == "JESUS ISRAEL PERALES MARTINEZ, Nandu, pinguino")
    }

    @Test func spanishSignsGetASCIILookAlikes() {
        #expect(ASCIITransliteration.apply("¿Deseas salir? ¡Listo! «Sí»") == "?Deseas salir? !Listo! \"Si\"")
        #expect(ASCIITransliteration.apply("Paso 1 — Iniciar trámite…") == "Paso 1 - Iniciar tramite...")
    }

    @Test func drawingCharactersBecomeLines() {
        #expect(ASCIITransliteration.apply("┌─┐│└┘├┤") == "+-+|++++")
        #expect(ASCIITransliteration.apply("●──○ ▸ █▀▄") == "*--o > ###")
    }

    @Test func everythingElseBecomesOneQuestionMark() {
        #expect(ASCIITransliteration.apply("a日b") == "a?b")
        #expect(ASCIITransliteration.apply("x\u{FFFD}y") == "x?y")
    }

    @Test func theResultIsAlwaysASCII() {
        let samples = ["Ñúñez", "日本語", "€ 1.234,56", "⠋⠙⠹", "çãõ", "ŁódźØ"]
        for sample in samples {
            #expect(ASCIITransliteration.apply(sample).utf8.allSatisfy { $0 < 0x80 }, "\(sample)")
        }
    }
}
