import CNcursesw
import Glibc
import Testing
import TestSupport
@testable import Terminal

/// TextWidth answers some ranges itself; it must answer what glibc's wcwidth says under C.UTF-8.
@Suite(.runsPrograms) struct TextWidthAgreementTests {
    @Test func theRangesAnsweredWithoutWcwidthAgreeWithIt() {
        let locale = newlocale(LC_CTYPE_MASK, "C.UTF-8", nil)
        #expect(locale != nil)
        let previous = uselocale(locale)
        defer { uselocale(previous) }
        var disagreements: [UInt32] = []
        for value in UInt32(0x20)...0x2FFF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let width = Int(wcwidth(wchar_t(bitPattern: value)))
            if TextWidth.of(scalar) != width { disagreements.append(value) }
        }
        #expect(disagreements.isEmpty, "U+\(disagreements.prefix(5).map { String($0, radix: 16) })")
    }
}
