import Testing
@testable import NSSCore

@Suite struct CURPValidationTests {
    @Test func acceptsTheWorkedExampleOfTheDomainNotes() throws {
        let curp = try CURP("HEGG560427MVZRRL04")
        #expect(curp.birthDate == CivilDate(year: 1956, month: 4, day: 27))
        #expect(curp.sex == .mujer)
        #expect(curp.birthState == .VZ)
    }

    @Test func namesTheExpectedCheckDigit() {
        #expect(CURP.validate("HEGG560427MVZRRL05") == .failure(.checkDigit(expected: 4, found: "5")))
    }
}
