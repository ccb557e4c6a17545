import Testing
import TestSupport
@testable import Documents

@Suite(.runsPrograms) struct VisibleTextComparisonTests {
    let items = [
        TextRecorder.Item(text: "Número de Seguridad Social:", field: nil),
        TextRecorder.Item(text: "18259048215", field: .nss),
        TextRecorder.Item(text: "CURP:", field: nil),
        TextRecorder.Item(text: "NUPM900715HNTXXR08", field: .curp),
        TextRecorder.Item(text: "Nombre(s):", field: nil),
        TextRecorder.Item(text: "JOSÉ MARÍA", field: .nombres),
    ]

    func compare(_ shown: String) -> [VisibleTextComparison.Difference] {
        VisibleTextComparison.differences(expected: items, shown: shown)
    }

    @Test func whitespaceAndLineBreaksDoNotMatter() {
        #expect(compare("Número de Seguridad\nSocial: 18259048215 CURP:NUPM900715HNTXXR08\nNombre(s): JOSÉ  MARÍA") == [])
    }

    @Test func decomposedAccentsReadAsTheirComposedForm() {
        #expect(compare("Número de Seguridad Social:18259048215CURP:NUPM900715HNTXXR08Nombre(s):JOSE\u{301} MARI\u{301}A") == [])
    }

    @Test func aChangedValueIsReportedWithItsFieldAndWhatIsShown() {
        let differences = compare("Número de Seguridad Social: 18259048223 CURP: NUPM900715HNTXXR08 Nombre(s): JOSÉ MARÍA")
        #expect(differences == [.init(field: .nss, expected: "18259048215", shown: "18259048223")])
    }

    @Test func aMissingValueIsReportedAsShowingNothing() {
        let differences = compare("Número de Seguridad Social: 18259048215 CURP: Nombre(s): JOSÉ MARÍA")
        #expect(differences == [.init(field: .curp, expected: "NUPM900715HNTXXR08", shown: "")])
    }

    @Test func textAfterTheDocumentIsReportedAsAdded() {
        let differences = compare("Número de Seguridad Social: 18259048215 CURP: NUPM900715HNTXXR08 Nombre(s): JOSÉ MARÍA 99")
        #expect(differences == [.init(field: nil, expected: "", shown: "99")])
    }

    @Test func aPageOfUnrelatedTextIsReadOnlyAsFarAsItMatters() {
        let differences = compare(String(repeating: "texto ajeno ", count: 50_000))
        #expect(differences.count == 1)
        #expect(differences[0].field == nil)
        #expect(differences[0].expected.hasPrefix("Número de Seguridad Social:"))
    }
}
