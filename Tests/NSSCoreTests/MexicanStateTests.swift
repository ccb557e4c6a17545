import Testing
import NSSCore

@Suite struct MexicanStateTests {
    @Test func theCatalogueHasThirtyTwoStatesAndBornAbroad() {
        #expect(MexicanState.allCases.count == 33)
        #expect(Set(MexicanState.allCases.map(\.code)).count == 33)
        #expect(MexicanState.allCases.map(\.code).sorted() == [
            "AS", "BC", "BS", "CC", "CH", "CL", "CM", "CS", "DF", "DG", "GR", "GT", "HG", "JC", "MC", "MN", "MS",
            "NE", "NL", "NT", "OC", "PL", "QR", "QT", "SL", "SP", "SR", "TC", "TL", "TS", "VZ", "YN", "ZS",
        ])
    }

    @Test func mexicoCityKeepsTheCodeDF() {
        #expect(MexicanState.DF.name == "Ciudad de México")
        #expect(MexicanState(code: "CX") == nil)
        #expect(MexicanState(code: "CDMX") == nil)
    }

    @Test("names each state in Spanish", arguments: [
        (MexicanState.AS, "Aguascalientes"), (.BS, "Baja California Sur"), (.CH, "Chihuahua"), (.CS, "Chiapas"),
        (.MC, "Estado de México"), (.MN, "Michoacán"), (.NL, "Nuevo León"), (.QT, "Querétaro"),
        (.SP, "San Luis Potosí"), (.YN, "Yucatán"), (.ZS, "Zacatecas"), (.NE, "Nacido en el extranjero"),
    ])
    func namesEachState(_ state: MexicanState, _ name: String) {
        #expect(state.name == name)
    }

    @Test func everyStateHasANameAndATwoLetterCode() {
        for state in MexicanState.allCases {
            #expect(!state.name.isEmpty)
            #expect(state.code == state.rawValue)
            #expect(state.code.utf8.count == 2 && state.code.utf8.allSatisfy { (65...90).contains($0) })
        }
    }

    @Test func codesAreLookedUpIgnoringCaseAndSurroundingSpaces() {
        #expect(MexicanState(code: " df ") == .DF)
        #expect(MexicanState(code: "ne") == .NE)
        #expect(MexicanState(code: "") == nil)
        #expect(MexicanState(code: "XX") == nil)
    }
}
