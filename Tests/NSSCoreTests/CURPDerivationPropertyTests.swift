import PropertyBased
import Testing
@testable import NSSCore

@Suite struct CURPDerivationPropertyTests {
    @Test func everyDerivedCURPValidatesAndKeepsTheDataItWasDerivedFrom() async {
        await propertyCheck(count: 2000, input: TestGen.name, TestGen.surname, TestGen.surname, TestGen.birthDate,
                            Gen<Sex>.case, Gen<MexicanState>.case) { given, first, second, date, sex, state in
            let curp = try CURP.derive(givenNames: given, firstSurname: first, secondSurname: second,
                                       birthDate: date, sex: sex, state: state)
            #expect(CURP.validate(curp.value) == .success(curp))
            #expect(curp.birthDate == date)
            #expect(curp.sex == sex)
            #expect(curp.birthState == state)
            #expect(Array(curp.value)[16] == (date.year < 2000 ? "0" : "A"))
        }
    }

    @Test func randomHomonymyCharactersOfTheRightCenturyValidate() async {
        await propertyCheck(count: 1000, input: TestGen.curp) { curp in
            #expect(CURP.validate(curp.value) == .success(curp))
        }
    }

    @Test func caseDoesNotChangeTheDerivedCURP() async {
        await propertyCheck(count: 1000, input: TestGen.name, TestGen.name, TestGen.name, TestGen.birthDate) {
            given, first, second, date in
            let upper = try CURP.derive(givenNames: given.uppercased(), firstSurname: first.uppercased(),
                                        secondSurname: second.uppercased(), birthDate: date, sex: .mujer, state: .OC)
            let lower = try CURP.derive(givenNames: given.lowercased(), firstSurname: first.lowercased(),
                                        secondSurname: second.lowercased(), birthDate: date, sex: .mujer, state: .OC)
            #expect(upper == lower)
        }
    }

    @Test func leadingParticlesOfASurnameAreSkipped() async {
        await propertyCheck(count: 1000, input: TestGen.name, TestGen.name, TestGen.birthDate) { given, first, date in
            let plain = try CURP.derive(givenNames: given, firstSurname: first, secondSurname: nil,
                                        birthDate: date, sex: .hombre, state: .YN)
            let withParticles = try CURP.derive(givenNames: given, firstSurname: "de la " + first, secondSurname: nil,
                                                birthDate: date, sex: .hombre, state: .YN)
            #expect(plain == withParticles)
        }
    }

    @Test func aLoneSurnameGivesTheSameCURPWhicheverFieldItCameIn() async {
        await propertyCheck(count: 1000, input: TestGen.name, TestGen.name, TestGen.birthDate) { given, surname, date in
            let asFirst = try CURP.derive(givenNames: given, firstSurname: surname, secondSurname: nil,
                                          birthDate: date, sex: .mujer, state: .GT)
            let asSecond = try CURP.derive(givenNames: given, firstSurname: nil, secondSurname: surname,
                                           birthDate: date, sex: .mujer, state: .GT)
            #expect(asFirst == asSecond)
            let chars = Array(asFirst.value)
            #expect(chars[2] == "X" && chars[14] == "X")
        }
    }

    @Test func arbitraryUnicodeNamesEitherDeriveAValidCURPOrFailWithAReason() async {
        await propertyCheck(count: 2000, input: TestGen.unicodeText, TestGen.unicodeText, TestGen.birthDate) {
            given, surname, date in
            do throws(CURPDerivationFailure) {
                let curp = try CURP.derive(givenNames: given, firstSurname: surname, secondSurname: surname,
                                           birthDate: date, sex: .noBinario, state: .NE)
                #expect(CURP.validate(curp.value) == .success(curp))
            } catch {
                #expect(!error.message.isEmpty)
                #expect(!error.message.unicodeScalars.contains { $0.properties.generalCategory == .control })
            }
        }
    }
}
