import Testing
import NSSCore

@Suite struct UnsafeTextTests {
    @Test func escapeSequencesBellsAndBidiOverridesAreUnsafe() {
        for scalar: Unicode.Scalar in ["\u{1B}", "\u{07}", "\u{9B}", "\u{2028}", "\u{202E}", "\u{7F}"] {
            #expect(UnsafeText.isUnsafe(scalar))
        }
        for scalar: Unicode.Scalar in ["a", "Ñ", "é", " ", "@", "\u{301}"] {
            #expect(!UnsafeText.isUnsafe(scalar))
        }
    }

    @Test func eachRenderingKeepsTheSafeTextAsItIs() {
        let text = "JOSÉ\u{1B}[2J\u{202E}NÚÑEZ"
        #expect(UnsafeText.escaped(text) == "JOSÉ\\u{1B}[2J\\u{202E}NÚÑEZ")
        #expect(UnsafeText.replaced(text) == "JOSÉ\u{FFFD}[2J\u{FFFD}NÚÑEZ")
        #expect(UnsafeText.removed(text) == "JOSÉ[2JNÚÑEZ")
        #expect(UnsafeText.escaped("MARÍA") == "MARÍA")
    }
}
