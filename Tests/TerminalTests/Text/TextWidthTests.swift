import Testing
import TestSupport
@testable import Terminal

@Suite(.runsPrograms) struct TextWidthTests {
    @Test func spanishLettersTakeOneColumnEach() {
        #expect(TextWidth.of("Ñandú") == 5)
        #expect(TextWidth.of("Asignación o Localización de NSS") == 32)
        #expect(TextWidth.of("¿Deseas salir?") == 14)
        #expect(TextWidth.of("JESÚS ISRAEL PERALES MARTÍNEZ") == 29)
    }

    @Test func combiningAccentsTakeNoColumnOfTheirOwn() {
        let decomposed = "Jose\u{301} N\u{303}u\u{301}n\u{303}ez"
        #expect(TextWidth.of(decomposed) == 10)
        #expect(TextWidth.of(decomposed) == TextWidth.of("José Ñúñez"))
    }

    @Test func wideCharactersTakeTwoColumns() {
        #expect(TextWidth.of("日本") == 4)
        #expect(TextWidth.of("a日b") == 4)
    }

    @Test func drawingCharactersTakeOneColumn() {
        #expect(TextWidth.of("┌─┐│└┘├┤") == 8)
        #expect(TextWidth.of("●──○") == 4)
        #expect(TextWidth.of("▸✓✗•…") == 5)
        #expect(TextWidth.of("█▀▄") == 3)
    }

    @Test func prefixNeverSplitsAWideCharacter() {
        #expect(TextWidth.prefix(of: "a日本", fitting: 2) == "a")
        #expect(TextWidth.prefix(of: "a日本", fitting: 3) == "a日")
        #expect(TextWidth.prefix(of: "Peña", fitting: 3) == "Peñ")
    }

    @Test func truncateEndsInAnEllipsisOnlyWhenItCuts() {
        #expect(TextWidth.truncate("Tarjeta de Número de Seguridad Social", to: 12, ellipsis: "…") == "Tarjeta de …")
        #expect(TextWidth.truncate("Folio", to: 12, ellipsis: "…") == "Folio")
        #expect(TextWidth.truncate("Folio", to: 2, ellipsis: "...") == "..")
    }
}
