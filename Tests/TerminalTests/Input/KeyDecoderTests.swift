import CNcursesw
import Testing
import TestSupport
@testable import Terminal

@Suite(.runsPrograms) struct KeyDecoderTests {
    private func character(_ value: UInt32) -> Key? { KeyDecoder.decode(.character(value)) }
    private func code(_ value: Int32) -> Key? { KeyDecoder.decode(.keyCode(value)) }

    @Test func printableTextIncludesAccentsAndEñe() {
        #expect(character(0x61) == .text("a"))
        #expect(character(0xF1) == .text("ñ"))
        #expect(character(0xD1) == .text("Ñ"))
        #expect(character(0xE1) == .text("á"))
        #expect(character(0xFC) == .text("ü"))
        #expect(character(0xBF) == .text("¿"))
        #expect(character(0x20) == .text(" "))
        #expect(character(0x65E5) == .text("日"))
    }

    @Test func editingAndNavigationCharacters() {
        #expect(character(9) == .tab)
        #expect(character(13) == .enter)
        #expect(character(10) == .enter)
        #expect(character(27) == .escape)
        #expect(character(127) == .backspace)
        #expect(character(8) == .backspace)
    }

    @Test func controlKeysKeepTheirLetter() {
        #expect(character(12) == .control("L"))
        #expect(character(3) == .control("C"))
        #expect(character(26) == .control("Z"))
        #expect(character(28) == .control("\\"))
        #expect(character(19) == .control("S"))
        #expect(character(17) == .control("Q"))
    }

    @Test func meaninglessInputIsDropped() {
        #expect(character(0) == nil)
        #expect(character(31) == nil)
        #expect(character(0x9B) == nil)
        #expect(character(0x202E) == nil)
        #expect(code(KEY_MOUSE) == nil)
    }

    @Test func functionKeyCodes() {
        #expect(code(KEY_BTAB) == .backTab)
        #expect(code(KEY_ENTER) == .enter)
        #expect(code(KEY_UP) == .up)
        #expect(code(KEY_DOWN) == .down)
        #expect(code(KEY_LEFT) == .left)
        #expect(code(KEY_RIGHT) == .right)
        #expect(code(KEY_HOME) == .home)
        #expect(code(KEY_END) == .end)
        #expect(code(KEY_PPAGE) == .pageUp)
        #expect(code(KEY_NPAGE) == .pageDown)
        #expect(code(KEY_BACKSPACE) == .backspace)
        #expect(code(KEY_DC) == .delete)
        #expect(code(KEY_RESIZE) == .resize)
        #expect(code(nc_key_f(1)) == .function(1))
        #expect(code(nc_key_f(10)) == .function(10))
        #expect(code(nc_key_f(12)) == .function(12))
        #expect(code(nc_key_f(13)) == nil)
    }

    @Test func aPasteBecomesOneTextKey() {
        let keys: [Key] = "ana.perales@gmail.com".map { .text(String($0)) }
        #expect(KeyDecoder.coalesce(keys) == [.text("ana.perales@gmail.com")])
    }

    @Test func keysBetweenTextSplitIt() {
        let keys: [Key] = [.text("a"), .text("ñ"), .tab, .text("b"), .enter, .text("c"), .text("d")]
        #expect(KeyDecoder.coalesce(keys) == [.text("añ"), .tab, .text("b"), .enter, .text("cd")])
    }
}
