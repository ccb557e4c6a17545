import Testing
import TestSupport
@testable import Terminal

@Suite(.runsPrograms) struct TextModeTests {
    @Test func aUTF8LocaleShowsUnicode() {
        #expect(TextMode.detect(codeset: "UTF-8", terminalType: "xterm-256color") == .unicode)
        #expect(TextMode.detect(codeset: "utf8", terminalType: "linux") == .unicode)
    }

    @Test func theCLocaleFallsBackToASCII() {
        #expect(TextMode.detect(codeset: "ANSI_X3.4-1968", terminalType: "xterm-256color") == .ascii)
    }

    @Test func terminalsThatCannotShowUTF8FallBackToASCII() {
        #expect(TextMode.detect(codeset: "UTF-8", terminalType: "vt100") == .ascii)
        #expect(TextMode.detect(codeset: "UTF-8", terminalType: "dumb") == .ascii)
    }
}
