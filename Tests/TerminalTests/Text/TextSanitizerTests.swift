import Testing
import TestSupport
@testable import Terminal

@Suite(.runsPrograms) struct TextSanitizerTests {
    @Test func ordinarySpanishTextIsLeftAlone() {
        let text = "José Ñúñez Pérez · ¿Deseas salir? «Sí» ● ✓ — 日本"
        #expect(TextSanitizer.clean(text) == text)
    }

    @Test func controlCharactersBecomeTheReplacementCharacter() {
        #expect(TextSanitizer.clean("a\u{0}b\u{7}c\td\ne\rf\u{7F}g") == "a�b�c�d�e�f�g")
        #expect(TextSanitizer.clean("x\u{85}y\u{9C}z") == "x�y�z")
    }

    @Test func aWholeEscapeSequenceBecomesOneReplacement() {
        #expect(TextSanitizer.clean("PEREZ\u{1B}[31mROJO\u{1B}[0m") == "PEREZ�ROJO�")
        #expect(TextSanitizer.clean("\u{1B}[2J\u{1B}[H") == "��")
        #expect(TextSanitizer.clean("a\u{1B}]0;titulo falso\u{7}b") == "a�b")
        #expect(TextSanitizer.clean("a\u{1B}]8;;http://x\u{1B}\\liga\u{1B}]8;;\u{1B}\\b") == "a�liga�b")
        #expect(TextSanitizer.clean("a\u{1B}Pq#0;2;0;0;0\u{1B}\\b") == "a�b")
        #expect(TextSanitizer.clean("a\u{9B}31mb") == "a�b")
        #expect(TextSanitizer.clean("a\u{1B}(0b") == "a�b")
        #expect(TextSanitizer.clean("a\u{1B}") == "a�")
    }

    @Test func bidirectionalOverridesAreReplaced() {
        #expect(TextSanitizer.clean("abc\u{202E}fed\u{202C}") == "abc�fed�")
        #expect(TextSanitizer.clean("x\u{2066}y\u{2069}") == "x�y�")
        #expect(TextSanitizer.clean("a\u{2028}b") == "a�b")
    }

    @Test func theReplacementCanBeASCII() {
        #expect(TextSanitizer.clean("a\u{1B}[1mb\u{0}", replacement: "?") == "a?b?")
    }

    @Test func nothingUnsafeSurvivesAnyInput() {
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<2_000 {
            let scalars = (0..<Int.random(in: 0...24, using: &generator)).compactMap { _ in
                Unicode.Scalar(UInt32.random(in: 0...0x2100, using: &generator))
            }
            let cleaned = TextSanitizer.clean(String(String.UnicodeScalarView(scalars)))
            #expect(cleaned.unicodeScalars.allSatisfy(TextSanitizer.isSafe))
        }
    }
}
