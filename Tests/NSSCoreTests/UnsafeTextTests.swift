import Testing
import NSSCore

/// The one text-safety rule of both front ends and the fields' editing.
@Suite struct UnsafeTextTests {
    @Test func escapeSequencesBellsAndBidiOverridesAreUnsafe() {
        for scalar: Unicode.Scalar in ["\u{1B}", "\u{07}", "\u{9B}", "\u{2028}", "\u{202E}", "\u{7F}", "\u{200F}"] {
            #expect(UnsafeText.isUnsafe(scalar))
        }
        for scalar: Unicode.Scalar in ["a", "Ñ", "é", " ", "@", "\u{301}"] {
            #expect(!UnsafeText.isUnsafe(scalar))
        }
    }

    @Test func ordinarySpanishTextIsLeftAlone() {
        let text = "José Ñúñez Pérez · ¿Deseas salir? «Sí» ● ✓ — 日本"
        #expect(UnsafeText.replaced(text) == text)
        #expect(UnsafeText.removed(text) == text)
    }

    @Test func eachRenderingKeepsTheSafeTextAsItIs() {
        let text = "JOSÉ\u{1B}[2J\u{202E}NÚÑEZ"
        #expect(UnsafeText.escaped(text) == "JOSÉ\\u{1B}[2J\\u{202E}NÚÑEZ")
        #expect(UnsafeText.replaced(text) == "JOSÉ\u{FFFD}\u{FFFD}NÚÑEZ")
        #expect(UnsafeText.removed(text) == "JOSÉNÚÑEZ")
        #expect(UnsafeText.escaped("MARÍA") == "MARÍA")
    }

    @Test func controlCharactersBecomeTheReplacementCharacter() {
        #expect(UnsafeText.replaced("a\u{0}b\u{7}c\td\ne\rf\u{7F}g") == "a�b�c�d�e�f�g")
        #expect(UnsafeText.replaced("x\u{85}y\u{9C}z") == "x�y�z")
    }

    /// No parameter of an escape sequence is left to show (or to be read aloud as «[31m»).
    @Test func aWholeEscapeSequenceBecomesOneReplacement() {
        #expect(UnsafeText.replaced("PEREZ\u{1B}[31mROJO\u{1B}[0m") == "PEREZ�ROJO�")
        #expect(UnsafeText.replaced("\u{1B}[2J\u{1B}[H") == "��")
        #expect(UnsafeText.replaced("a\u{1B}]0;titulo falso\u{7}b") == "a�b")
        #expect(UnsafeText.replaced("a\u{1B}]8;;http://x\u{1B}\\liga\u{1B}]8;;\u{1B}\\b") == "a�liga�b")
        #expect(UnsafeText.replaced("a\u{1B}Pq#0;2;0;0;0\u{1B}\\b") == "a�b")
        #expect(UnsafeText.replaced("a\u{9B}31mb") == "a�b")
        #expect(UnsafeText.replaced("a\u{1B}(0b") == "a�b")
        #expect(UnsafeText.replaced("a\u{1B}") == "a�")
        #expect(UnsafeText.removed("ANA\u{1B}[31mMARÍA") == "ANAMARÍA")
    }

    @Test func bidirectionalControlsAndSeparatorsAreReplaced() {
        #expect(UnsafeText.replaced("abc\u{202E}fed\u{202C}") == "abc�fed�")
        #expect(UnsafeText.replaced("x\u{2066}y\u{2069}") == "x�y�")
        #expect(UnsafeText.replaced("a\u{2028}b\u{200E}") == "a�b�")
    }

    @Test func theReplacementCanBeASCII() {
        #expect(UnsafeText.replaced("a\u{1B}[1mb\u{0}", with: "?") == "a?b?")
    }

    @Test func nothingUnsafeSurvivesAnyInput() {
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<2_000 {
            let scalars = (0..<Int.random(in: 0...24, using: &generator)).compactMap { _ in
                Unicode.Scalar(UInt32.random(in: 0...0x2100, using: &generator))
            }
            let text = String(String.UnicodeScalarView(scalars))
            #expect(!UnsafeText.replaced(text).unicodeScalars.contains(where: UnsafeText.isUnsafe))
            #expect(!UnsafeText.removed(text).unicodeScalars.contains(where: UnsafeText.isUnsafe))
        }
    }
}
