import Testing
import TestSupport
@testable import Terminal

/// What reaches the terminal: `UnsafeText`'s rule, and what the terminal cannot print as one replacement.
@Suite(.runsPrograms) struct TerminalTextTests {
    @Test func theSafetyRuleIsUnsafeTexts() {
        #expect(TerminalText.shown("PEREZ\u{1B}[31mROJO\u{200F}", replacement: "\u{FFFD}") == "PEREZ�ROJO�")
        #expect(TerminalText.shown("a\u{1B}[1mb\u{0}", replacement: "?") == "a?b?")
        #expect(TerminalText.shown("José Ñúñez · ¿Sí? ✓ 日本", replacement: "?") == "José Ñúñez · ¿Sí? ✓ 日本")
    }

    /// An unassigned code point has no width the terminal agrees on: one replacement keeps the columns right.
    @Test func whatCannotBePrintedIsReplaced() {
        #expect(TerminalText.shown("a\u{0378}b", replacement: "?") == "a?b")
        #expect(!TerminalText.accepts("\u{0378}") && !TerminalText.accepts("\u{1B}") && TerminalText.accepts("ñ"))
    }
}
