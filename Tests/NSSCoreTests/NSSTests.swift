import Testing
import NSSCore

@Suite struct NSSTests {
    @Test("computes the Luhn check digit of published examples", arguments: [
        ("3090682493", 0), ("1780581644", 8), ("6789735180", 4), ("1234567890", 3), ("9291908443", 1),
    ])
    func computesLuhnCheckDigits(_ first10: String, _ digit: Int) {
        #expect(NSS.checkDigit(first10) == digit)
    }

    @Test func onlyTheFirstTenDigitsCount() {
        #expect(NSS.checkDigit("30906824930") == 0)
        #expect(NSS.checkDigit("3090682493999") == 0)
    }

    @Test func textThatIsNotTenDigitsHasNoCheckDigit() {
        #expect(NSS.checkDigit("309068249") == nil)
        #expect(NSS.checkDigit("309068249a") == nil)
        #expect(NSS.checkDigit("") == nil)
    }

    @Test func acceptsElevenDigitsWithTheRightCheckDigit() throws {
        for text in ["30906824930", "17805816448", "67897351804", "12345678903", "92919084431"] {
            #expect(try NSS(text).digits == text)
            #expect(try NSS.validate(text).get().description == text)
        }
    }

    @Test func composesFromItsPartsWithZeroPaddingAndTheCheckDigit() {
        let nss = NSS(subdelegation: 12, registrationYear: 2034, birthYear: 1956, consecutive: 7890)
        #expect(nss.digits == "12345678903")
        let padded = NSS(subdelegation: 1, registrationYear: 2005, birthYear: 1999, consecutive: 12)
        #expect(padded.digits == "01059900124")
        #expect(padded.subdelegation == 1)
        #expect(padded.registrationYear == 5)
        #expect(padded.birthYear == 99)
        #expect(padded.consecutive == 12)
    }

    @Test func readsItsParts() throws {
        let nss = try NSS("12345678903")
        #expect(nss.subdelegation == 12)
        #expect(nss.registrationYear == 34)
        #expect(nss.birthYear == 56)
        #expect(nss.consecutive == 7890)
    }

    @Test func isFormattedInItsParts() throws {
        #expect(try NSS("12345678903").formatted == "12 34 56 7890 3")
        #expect(try NSS("30906824930").formatted == "30 90 68 2493 0")
    }

    @Test func typedSpacesAndDashesAreDropped() throws {
        #expect(NSS.normalize("12-34 56\t7890 3") == "12345678903")
        #expect(try NSS(NSS.normalize("30 90 68 2493 0")).digits == "30906824930")
    }

    static let failures: [(text: String, failure: NSSFailure, code: String, message: String)] = [
        ("", .empty, "vacio", "Escribe el NSS: son 11 dígitos."),
        ("1234a678903", .notDigit(position: 5, character: "a"), "caracter",
         "El NSS sólo lleva dígitos; en la posición 5 hay «a»."),
        ("12345 78903", .notDigit(position: 6, character: " "), "caracter",
         "El NSS sólo lleva dígitos; en la posición 6 hay « »."),
        ("١٢٣٤٥٦٧٨٩٠٣", .notDigit(position: 1, character: "١"), "caracter",
         "El NSS sólo lleva dígitos; en la posición 1 hay «١»."),
        ("1234567890", .length(actual: 10), "longitud", "El NSS tiene 11 dígitos; éste tiene 10."),
        ("123456789034", .length(actual: 12), "longitud", "El NSS tiene 11 dígitos; éste tiene 12."),
        ("12345678904", .checkDigit(expected: 3), "digito-verificador",
         "El dígito verificador (el último) no corresponde: se esperaba 3."),
    ]

    @Test("reports each failure with its code and Spanish message", arguments: failures.indices)
    func reportsEachFailure(_ index: Int) {
        let example = Self.failures[index]
        #expect(NSS.validate(example.text) == .failure(example.failure))
        #expect(throws: example.failure) { try NSS(example.text) }
        #expect(example.failure.code == example.code)
        #expect(example.failure.message == example.message)
    }

    @Test func aControlCharacterIsNamedByItsCodePoint() {
        #expect(NSS.validate("1234\u{7}678903") == .failure(.notDigit(position: 5, character: "\u{7}")))
        #expect(NSSFailure.notDigit(position: 5, character: "\u{7}").message
            == "El NSS sólo lleva dígitos; en la posición 5 hay «U+7».")
    }

    @Test func aCombiningMarkOnADigitIsNotADigit() {
        #expect(NSS.validate("1\u{301}2345678903") == .failure(.notDigit(position: 1, character: "1\u{301}")))
    }
}
