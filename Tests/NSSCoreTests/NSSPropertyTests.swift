import PropertyBased
import Testing
import NSSCore

@Suite struct NSSPropertyTests {
    @Test func aComposedNSSValidatesAndKeepsItsParts() async {
        await propertyCheck(count: 2000, input: Gen.int(in: 0...99), Gen.int(in: 1940...2099), Gen.int(in: 1900...2099),
                            Gen.int(in: 0...9999)) { subdelegation, registration, birth, consecutive in
            let nss = NSS(subdelegation: subdelegation, registrationYear: registration, birthYear: birth,
                          consecutive: consecutive)
            #expect(NSS.validate(nss.digits) == .success(nss))
            #expect(nss.subdelegation == subdelegation)
            #expect(nss.registrationYear == registration % 100)
            #expect(nss.birthYear == birth % 100)
            #expect(nss.consecutive == consecutive)
            #expect(NSS.normalize(nss.formatted) == nss.digits)
        }
    }

    @Test func luhnCatchesEverySingleDigitChange() async {
        await propertyCheck(count: 2000, input: Gen.int(in: 0...99), Gen.int(in: 0...9999), Gen.int(in: 0...10),
                            Gen.int(in: 1...9)) { subdelegation, consecutive, index, shift in
            let nss = NSS(subdelegation: subdelegation, registrationYear: 2024, birthYear: 1990, consecutive: consecutive)
            var digits = Array(nss.digits.utf8)
            digits[index] = UInt8(ascii: "0") + (digits[index] - UInt8(ascii: "0") + UInt8(shift)) % 10
            let changed = String(decoding: digits, as: UTF8.self)
            guard case .failure(.checkDigit) = NSS.validate(changed) else {
                Issue.record("\(changed) was not caught")
                return
            }
        }
    }

    @Test func validateNeverCrashesOnArbitraryUnicode() async {
        await propertyCheck(count: 2000, input: TestGen.unicodeText) { text in
            switch NSS.validate(text) {
            case .success(let nss): #expect(nss.digits == text && text.utf8.count == 11)
            case .failure(let failure):
                #expect(!failure.message.unicodeScalars.contains { $0.properties.generalCategory == .control })
            }
        }
    }
}
