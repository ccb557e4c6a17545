import Testing
import TestSupport
@testable import Terminal

@Suite(.runsPrograms) struct TextWrappingTests {
    @Test func wrapsAtSpacesWithinTheWidth() {
        let lines = TextWrapping.wrap(
            "Para continuar con su trámite le hemos enviado una liga de confirmación a su correo electrónico",
            columns: 40)
        #expect(lines == [
            "Para continuar con su trámite le hemos",
            "enviado una liga de confirmación a su",
            "correo electrónico",
        ])
        #expect(lines.allSatisfy { TextWidth.of($0) <= 40 })
    }

    @Test func newlinesStartLinesAndBlankLinesStay() {
        #expect(TextWrapping.wrap("uno\n\ndos", columns: 10) == ["uno", "", "dos"])
    }

    @Test func aWordWiderThanTheBoxIsCut() {
        #expect(TextWrapping.wrap("17399369076551325965562", columns: 10) == ["1739936907", "6551325965", "562"])
    }

    @Test func wideCharactersAreMeasuredInColumns() {
        #expect(TextWrapping.wrap("日本日本", columns: 5) == ["日本", "日本"])
        #expect(TextWrapping.wrap("日", columns: 1) == ["日"])
    }

    @Test func noRoomMeansNoLines() {
        #expect(TextWrapping.wrap("hola", columns: 0).isEmpty)
    }
}
