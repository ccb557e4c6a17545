import PropertyBased
import Testing
@testable import NSSCore

@Suite struct CURPValidationPropertyTests {
    /// The characters a position can hold, so a substitution keeps the CURP's shape.
    static func alphabet(at index: Int) -> [UInt8] {
        let letters = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZ".utf8), digits = Array("0123456789".utf8)
        switch index {
        case 0..<4, 10..<16: return letters
        case 16: return letters + digits
        default: return digits
        }
    }

    /// A weighted difference that is a multiple of 10 leaves the check digit unchanged; any other
    /// single substitution in positions 1–17 is caught, and position 18 is always checked.
    @Test func theCheckDigitCatchesEverySubstitutionWhoseWeightedDifferenceIsNotAMultipleOfTen() async {
        await propertyCheck(count: 3000, input: TestGen.curp, Gen.int(in: 0...17), Gen.int(in: 0...35)) {
            curp, index, pick in
            var bytes = Array(curp.value.utf8)
            let options = Self.alphabet(at: index).filter { $0 != bytes[index] }
            let replacement = options[pick % options.count]
            let original = bytes[index]
            bytes[index] = replacement
            let mutated = String(decoding: bytes, as: UTF8.self)
            let result = CURP.validate(mutated)
            if index == 17 {
                #expect(result == .failure(.checkDigit(expected: Int(original) - 48,
                                                       found: Character(Unicode.Scalar(replacement)))))
                return
            }
            let delta = CURPCheckDigit.value(replacement)! - CURPCheckDigit.value(original)!
            if (delta * (18 - index)) % 10 != 0 {
                #expect(throws: CURPFailure.self) { try result.get() }
            }
            if case .failure(.checkDigit(let expected, _)) = result {
                #expect(expected == CURPCheckDigit.compute(mutated))
            }
        }
    }

    @Test func theCheckDigitCannotSeeAChangeOfTheDaysTensDigit() throws {
        // Position 9 has weight 10, so HEGG560427… and HEGG560417… share the check digit 4.
        #expect(throws: Never.self) { try CURP("HEGG560417MVZRRL04") }
    }

    @Test func validateNeverCrashesOnArbitraryUnicode() async {
        await propertyCheck(count: 3000, input: TestGen.unicodeText) { text in
            Self.checkOutcome(of: text)
        }
    }

    @Test func validateNeverCrashesOnTextCloseToACURP() async {
        await propertyCheck(count: 3000, input: TestGen.nearCURP) { text in
            Self.checkOutcome(of: text)
            _ = CURP.check(typed: text)
        }
    }

    @Test func normalisingTwiceChangesNothing() async {
        await propertyCheck(count: 2000, input: TestGen.unicodeText) { text in
            let once = CURP.normalize(text)
            #expect(CURP.normalize(once) == once)
        }
    }

    /// A success is the text itself, 18 ASCII characters; a failure always has a code and a readable message.
    static func checkOutcome(of text: String) {
        switch CURP.validate(text) {
        case .success(let curp):
            #expect(curp.value == text)
            #expect(text.utf8.count == 18 && text.utf8.allSatisfy { $0 < 0x80 })
        case .failure(let failure):
            #expect(!failure.code.isEmpty)
            #expect(!failure.message.isEmpty)
            #expect(!failure.message.unicodeScalars.contains {
                $0 != "\u{200D}"
                    && [.control, .format, .lineSeparator, .paragraphSeparator].contains($0.properties.generalCategory)
            })
        }
    }
}
