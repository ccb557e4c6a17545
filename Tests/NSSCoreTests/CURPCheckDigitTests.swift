import Testing
@testable import NSSCore

@Suite struct CURPCheckDigitTests {
    @Test("computes the check digit of known CURPs", arguments: [
        "HEGG560427MVZRRL04", "PEPL000909HNLRDSA1", "MASI050805MVZRLRA8", "TEAM470622HVZZPR07",
        "QUCC810919MVZHLR01", "OXAR970122MVZXLS09", "NXMA810327MVZXNN08", "ZUNA540308MNELTN05",
        "XARA750909HDFNDL00", "RISA900627XJCSTL06",
    ])
    func computesKnownCheckDigits(_ curp: String) {
        #expect(CURPCheckDigit.compute(String(curp.prefix(17))) == Int(String(curp.last!)))
    }

    @Test func theWorkedExampleSumsTo2246AndGivesFour() {
        #expect(CURPCheckDigit.compute("HEGG560427MVZRRL0") == 4)
    }

    @Test func onlyTheFirstSeventeenCharactersCount() {
        #expect(CURPCheckDigit.compute("HEGG560427MVZRRL04") == 4)
        #expect(CURPCheckDigit.compute("HEGG560427MVZRRL0ZZZ") == 4)
    }

    @Test func textShorterThanSeventeenHasNoCheckDigit() {
        #expect(CURPCheckDigit.compute("HEGG560427MVZRRL") == nil)
        #expect(CURPCheckDigit.compute("") == nil)
    }

    @Test func charactersOutsideTheDictionaryHaveNoCheckDigit() {
        #expect(CURPCheckDigit.compute("HEGG560427MVZRRL*") == nil)
        #expect(CURPCheckDigit.compute("hEGG560427MVZRRL0") == nil)
        #expect(CURPCheckDigit.compute("ÑEGG560427MVZRRL0") == nil)
    }

    @Test func theDictionaryLeavesIndex24ForEnye() {
        #expect(CURPCheckDigit.value(UInt8(ascii: "0")) == 0)
        #expect(CURPCheckDigit.value(UInt8(ascii: "9")) == 9)
        #expect(CURPCheckDigit.value(UInt8(ascii: "A")) == 10)
        #expect(CURPCheckDigit.value(UInt8(ascii: "N")) == 23)
        #expect(CURPCheckDigit.value(UInt8(ascii: "O")) == 25)
        #expect(CURPCheckDigit.value(UInt8(ascii: "X")) == 34)
        #expect(CURPCheckDigit.value(UInt8(ascii: "Z")) == 36)
        #expect(CURPCheckDigit.value(UInt8(ascii: "a")) == nil)
    }
}
