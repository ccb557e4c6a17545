import NSSCore
import Testing

/// The one ASCII fallback of both front ends (the screens' canvas and the line mode).
@Suite struct ASCIIFallbackTests {
    @Test func accentsAndEñeLoseTheirMarks() {
        #expect(ASCIIFallback.apply("Asignación o Localización de NSS") == "Asignacion o Localizacion de NSS")
        #expect(ASCIIFallback.apply("JESÚS ISRAEL PERALES MARTÍNEZ, Ñandú, pingüino")
            == "JESUS ISRAEL PERALES MARTINEZ, Nandu, pinguino")
    }

    /// The opening marks are dropped, not turned into a second «?» or «!» that would read as a typo.
    @Test func spanishSignsGetASCIILookAlikesAndOpeningMarksGo() {
        #expect(ASCIIFallback.apply("¿Deseas salir? ¡Listo! «Sí»") == "Deseas salir? Listo! \"Si\"")
        #expect(ASCIIFallback.apply("¿Año de nacimiento? ¡Muñoz!") == "Ano de nacimiento? Munoz!")
        #expect(ASCIIFallback.apply("Pulsa «Salir» — Paso 1 · Iniciar trámite…") == "Pulsa \"Salir\" - Paso 1 - Iniciar tramite...")
    }

    @Test func drawingCharactersBecomeLines() {
        #expect(ASCIIFallback.apply("┌─┐│└┘├┤") == "+-+|++++")
        #expect(ASCIIFallback.apply("●──○ ▸ █▀▄") == "*--o > ###")
    }

    @Test func everythingElseBecomesOneQuestionMark() {
        #expect(ASCIIFallback.apply("a日b") == "a?b")
        #expect(ASCIIFallback.apply("x\u{FFFD}y") == "x?y")
        #expect(ASCIIFallback.apply("Ü ü ç 中 \u{FFFD}") == "U u c ? ?")
    }

    @Test func theResultIsAlwaysASCII() {
        let samples = ["Ñúñez", "日本語", "€ 1.234,56", "⠋⠙⠹", "çãõ", "ŁódźØ", "¿¡«»"]
        for sample in samples {
            #expect(ASCIIFallback.apply(sample).utf8.allSatisfy { $0 < 0x80 }, "\(sample)")
        }
    }
}
