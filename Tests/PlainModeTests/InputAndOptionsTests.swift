import Foundation
@testable import PlainMode
import Testing
import TestSupport

@Suite(.runsPrograms) struct InputAndOptionsTests {
    @Test func linesAreUTF8OrElseLatin1() {
        var decoder = TypedLineDecoder()
        #expect(decoder.append(Array("Muñoz\r\nGar".utf8)) == ["Muñoz"])
        #expect(decoder.append([0x63, 0xED, 0x61, 0x0A]) == ["García"])
        #expect(decoder.append(Array("fin".utf8)).isEmpty)
        #expect(decoder.finish() == "fin")
        #expect(decoder.finish() == nil)
    }

    @Test func commandsIgnoreCaseAccentsAndSpaces() {
        #expect(Command.parse(":Atrás") == .known(.back))
        #expect(Command.parse("  : SALIR ") == .known(.exit))
        #expect(Command.parse(":volar") == .unknown(":volar"))
        #expect(Command.parse("HEGG560427MVZRRL04") == nil)
    }

    @Test func onlyAUTF8LocaleAvoidsTheASCIIFallback() {
        #expect(PlainOptions.localeIsUTF8(["LANG": "es_MX.UTF-8"]))
        #expect(PlainOptions.localeIsUTF8(["LC_CTYPE": "es_MX.utf8", "LANG": "C"]))
        #expect(!PlainOptions.localeIsUTF8(["LC_ALL": "C", "LANG": "es_MX.UTF-8"]))
        #expect(!PlainOptions.localeIsUTF8([:]))
        #expect(PlainOptions.localeIsUTF8(["LC_ALL": "", "LANG": "es_MX.UTF-8"]))
    }

    @Test func onlyATerminalWithoutCapabilitiesRequiresPlainMode() {
        #expect(PlainMode.isRequired(by: ["TERM": "dumb"]))
        #expect(PlainMode.isRequired(by: [:]))
        #expect(!PlainMode.isRequired(by: ["TERM": "xterm-256color"]))
    }
}
