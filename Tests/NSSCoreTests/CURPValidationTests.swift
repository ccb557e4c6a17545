import Testing
@testable import NSSCore

@Suite struct CURPValidationTests {
    @Test func acceptsTheWorkedExampleOfTheDomainNotes() throws {
        let curp = try CURP("HEGG560427MVZRRL04")
        #expect(curp.value == "HEGG560427MVZRRL04")
        #expect(curp.description == "HEGG560427MVZRRL04")
        #expect(curp.birthDate == CivilDate(year: 1956, month: 4, day: 27))
        #expect(curp.sex == .mujer)
        #expect(curp.birthState == .VZ)
    }

    @Test func namesTheExpectedCheckDigit() {
        #expect(CURP.validate("HEGG560427MVZRRL05") == .failure(.checkDigit(expected: 4, found: "5")))
    }

    @Test func theInitializerThrowsTheSameFailureAsValidate() {
        #expect(throws: CURPFailure.checkDigit(expected: 4, found: "5")) { try CURP("HEGG560427MVZRRL05") }
    }

    /// Every failure, from a real-looking CURP with one thing wrong, with the exact Spanish message.
    static let failures: [(text: String, failure: CURPFailure, code: String, message: String)] = [
        ("", .empty, "vacia", "Escribe tu CURP: son 18 caracteres."),
        ("HEGG560427MVZRRL0", .length(actual: 17), "longitud", "La CURP tiene 18 caracteres; falta 1."),
        ("HEGG5604", .length(actual: 8), "longitud", "La CURP tiene 18 caracteres; faltan 10."),
        ("HEGG560427MVZRRL045", .length(actual: 19), "longitud", "La CURP tiene 18 caracteres; sobra 1."),
        ("HEGG56O427MVZRRL04", .characterNotAllowed(position: 7, character: "O", expected: .digit), "caracter",
         "El carácter «O» no es válido en la posición 7: va un dígito (0–9)."),
        ("1EGG560427MVZRRL04", .characterNotAllowed(position: 1, character: "1", expected: .letter), "caracter",
         "El carácter «1» no es válido en la posición 1: va una letra (A–Z, sin Ñ ni acentos)."),
        ("HEGG560427MVZRRL*4", .characterNotAllowed(position: 17, character: "*", expected: .letterOrDigit),
         "caracter", "El carácter «*» no es válido en la posición 17: va una letra o un dígito."),
        ("HEGG560427MVZRRL0A", .characterNotAllowed(position: 18, character: "A", expected: .digit), "caracter",
         "El carácter «A» no es válido en la posición 18: va un dígito (0–9)."),
        ("HBGG560427MVZRRL04", .secondNotVowel(character: "B"), "posicion-2",
         "La posición 2 debe ser una vocal o X, no «B»."),
        ("BACA800101HDFCCR09", .inconvenientWord("BACA"), "palabra-inconveniente",
         "Las cuatro primeras letras forman una palabra inconveniente (BACA); en una CURP real la posición 2 es X."),
        ("HEGG560230MVZRRL09", .impossibleDate(yymmdd: "560230"), "fecha",
         "La fecha de nacimiento (posiciones 5 a 10) no existe: 30/02/56 (día/mes/año)."),
        ("HEGG561327MVZRRL04", .impossibleDate(yymmdd: "561327"), "fecha",
         "La fecha de nacimiento (posiciones 5 a 10) no existe: 27/13/56 (día/mes/año)."),
        ("HEGG560427QVZRRL04", .sex(character: "Q"), "sexo",
         "La posición 11 es el sexo: H (hombre), M (mujer) o X (no binario), no «Q»."),
        ("HEGG560427MCXRRL04", .state(code: "CX"), "entidad",
         "«CX» (posiciones 12 y 13) no es una clave de entidad federativa."),
        ("HEGG560427MVZARL04", .notConsonant(position: 14, character: "A"), "consonante",
         "La posición 14 debe ser una consonante, no «A»."),
        ("HEGG560427MVZRRE04", .notConsonant(position: 16, character: "E"), "consonante",
         "La posición 16 debe ser una consonante, no «E»."),
        ("HEGG560427MVZRRLK4", .homonymyCentury(character: "K"), "posicion-17",
         "La posición 17 debe ser un dígito (nacidos hasta 1999) o una letra de la A a la J (desde 2000), no «K»."),
        ("HEGG560427MVZRRL05", .checkDigit(expected: 4, found: "5"), "digito-verificador",
         "El dígito verificador (posición 18) no corresponde: se esperaba 4, no «5». Revisa los demás caracteres."),
    ]

    @Test("reports each failure with its code and Spanish message", arguments: failures.indices)
    func reportsEachFailure(_ index: Int) {
        let example = Self.failures[index]
        #expect(CURP.validate(example.text) == .failure(example.failure))
        #expect(example.failure.code == example.code)
        #expect(example.failure.message == example.message)
    }

    @Test func theFutureDateFailureNamesTheDateInSpanishOrder() throws {
        let failure = CURPFailure.futureDate(try #require(CivilDate(year: 2025, month: 6, day: 1)))
        #expect(failure.code == "fecha-futura")
        #expect(failure.message == "La fecha de nacimiento 01/06/2025 está en el futuro.")
    }

    @Test func aBirthDateAfterTodayIsRejectedOnlyWhenTodayIsGiven() throws {
        let curp = "SOLA250601MDFTNNA1"
        let birth = try #require(CivilDate(year: 2025, month: 6, day: 1))
        #expect(CURP.validate(curp, today: CivilDate(year: 2025, month: 5, day: 31)) == .failure(.futureDate(birth)))
        #expect(try CURP.validate(curp, today: birth).get().birthDate == birth)
        #expect(try CURP.validate(curp).get().birthDate == birth)
        #expect(throws: CURPFailure.futureDate(birth)) { try CURP(curp, today: CivilDate(year: 2024, month: 1, day: 1)) }
    }

    @Test func typedTextIsNormalisedBeforeValidation() throws {
        #expect(CURP.normalize("hegg-560427 mvzrrl04") == "HEGG560427MVZRRL04")
        #expect(CURP.normalize("  hegg 560427\tmvzrrl04\n") == "HEGG560427MVZRRL04")
        #expect(CURP.normalize("HEGG\u{2013}560427\u{00A0}MVZRRL04") == "HEGG560427MVZRRL04")
        #expect(try CURP.check(typed: "hegg-560427 mvzrrl04").get().value == "HEGG560427MVZRRL04")
    }

    @Test func normalisationUppercasesNonASCIILettersSoMessagesNameThem() {
        #expect(CURP.normalize("ñegg560427mvzrrl04") == "ÑEGG560427MVZRRL04")
        #expect(CURP.check(typed: "ñegg560427mvzrrl04")
            == .failure(.characterNotAllowed(position: 1, character: "Ñ", expected: .letter)))
    }

    @Test func lowercaseIsNotAValidCURPUntilNormalised() {
        #expect(CURP.validate("hegg560427mvzrrl04")
            == .failure(.characterNotAllowed(position: 1, character: "h", expected: .letter)))
    }

    @Test func enyeAndAccentsAreCharactersNotAllowedCountedAsCharacters() {
        #expect(CURP.validate("ÑEGG560427MVZRRL04")
            == .failure(.characterNotAllowed(position: 1, character: "Ñ", expected: .letter)))
        #expect(CURP.validate("HÉGG560427MVZRRL04")
            == .failure(.characterNotAllowed(position: 2, character: "É", expected: .letter)))
        #expect(CURP.validate("HE\u{301}GG560427MVZRRL04")
            == .failure(.characterNotAllowed(position: 2, character: "É", expected: .letter)))
        #expect(CURP.validate("HEGG560427MVZRRLÑ4")
            == .failure(.characterNotAllowed(position: 17, character: "Ñ", expected: .letterOrDigit)))
    }

    @Test func theFirstMisplacedCharacterIsReportedEvenBeforeANonASCIIOne() {
        #expect(CURP.validate("1EGG560427MVZRRLÑ4")
            == .failure(.characterNotAllowed(position: 1, character: "1", expected: .letter)))
    }

    @Test func nonASCIITextOfTheWrongLengthIsMeasuredInCharacters() {
        #expect(CURP.validate("HEGG560427MVZRRL04ñ") == .failure(.length(actual: 19)))
        #expect(CURP.validate("HEGG560427MVZRRL04😀😀") == .failure(.length(actual: 20)))
    }

    @Test func controlCharactersAreRejectedAndNeverPrintedRaw() throws {
        let texts = ["HEGG\u{0}60427MVZRRL04", "HEGG560427MVZRRL0\u{7}", "\u{1B}[2J", "HEGG560427\u{85}VZRRL04",
                     "HEGG560427MVZRRL\u{7F}4", "HE\u{9}G560427MVZRRL04"]
        for text in texts {
            guard case .failure(let failure) = CURP.validate(text) else {
                Issue.record("\(text.debugDescription) validated")
                continue
            }
            #expect(failure.code == "caracter")
            #expect(!failure.message.unicodeScalars.contains { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) })
            #expect(failure.message.contains("U+"))
        }
    }

    @Test func theNonBinarySexLetterXIsAccepted() throws {
        let curp = try CURP("RISA900627XJCSTL06")
        #expect(curp.sex == .noBinario)
        #expect(curp.birthState == .JC)
    }

    @Test func bornAbroadUsesTheStateCodeNE() throws {
        let curp = try CURP("ZUNA540308MNELTN05")
        #expect(curp.birthState == .NE)
        #expect(curp.birthState.name == "Nacido en el extranjero")
    }

    @Test func xIsAllowedInPositionTwoAndInTheConsonantPositions() throws {
        #expect(throws: Never.self) { try CURP("RIXA800101XNERXN02") }
        #expect(throws: Never.self) { try CURP("PEXL750909HDFRXS02") }
    }

    @Test func aDigitInPositionSeventeenMeansTheTwentiethCentury() throws {
        #expect(try CURP("PEPL000909HNLRDS01").birthDate == CivilDate(year: 1900, month: 9, day: 9))
        #expect(try CURP("HUHG200901MSPRRL09").birthDate == CivilDate(year: 1920, month: 9, day: 1))
    }

    @Test func aLetterFromAToJInPositionSeventeenMeansTheTwentyFirstCentury() throws {
        #expect(try CURP("PEPL000909HNLRDSA1").birthDate == CivilDate(year: 2000, month: 9, day: 9))
        #expect(try CURP("MASI050805MVZRLRA8").birthDate == CivilDate(year: 2005, month: 8, day: 5))
    }

    @Test func lettersAfterJInPositionSeventeenAreRejected() {
        for letter in "KLMNOPQRSTUVWXYZ" {
            let body = "HEGG560427MVZRRL" + String(letter)
            let text = body + String(CURPCheckDigit.compute(body)!)
            #expect(CURP.validate(text) == .failure(.homonymyCentury(character: letter)))
        }
    }

    @Test func theCenturyDecidesWhetherTheTwentyNinthOfFebruaryExists() {
        #expect(CURP.validate("XEXX000229HNEXXX04") == .failure(.impossibleDate(yymmdd: "000229")))
        #expect((try? CURP.validate("XEXX000229HNEXXXA4").get().birthDate) == CivilDate(year: 2000, month: 2, day: 29))
    }

    @Test func everyStateCodeIsAcceptedInPositionsTwelveAndThirteen() throws {
        for state in MexicanState.allCases {
            let body = "HEGG560427M" + state.code + "RRL0"
            let curp = try CURP(body + String(CURPCheckDigit.compute(body)!))
            #expect(curp.birthState == state)
        }
    }

    @Test func everyInconvenientWordIsRejectedAtTheStart() {
        for word in InconvenientWords.all {
            let body = word + "800101HDFCCR0"
            let text = body + String(CURPCheckDigit.compute(body)!)
            #expect(CURP.validate(text) == .failure(.inconvenientWord(word)))
        }
    }

    @Test func theCharacterClassesDescribeThemselvesInSpanish() {
        #expect(CURPFailure.CharacterClass.letter.described == "una letra (A–Z, sin Ñ ni acentos)")
        #expect(CURPFailure.CharacterClass.digit.described == "un dígito (0–9)")
        #expect(CURPFailure.CharacterClass.letterOrDigit.described == "una letra o un dígito")
    }
}

@Suite struct PrintableCharacterTests {
    @Test("shows invisible characters as code points", arguments: [
        ("\u{0}", "U+0"), ("\u{7}", "U+7"), ("\u{1B}", "U+1B"), ("\u{7F}", "U+7F"), ("\u{85}", "U+85"),
        ("\u{202E}", "U+202E"), ("\u{200B}", "U+200B"), ("\u{00A0}", "U+A0"), ("\u{2028}", "U+2028"),
        ("\u{E000}", "U+E000"), ("\u{FEFF}", "U+FEFF"), ("8\u{200D}", "U+38 U+200D"),
    ] as [(Character, String)])
    func showsInvisibleCharactersAsCodePoints(_ character: Character, _ shown: String) {
        #expect(CURPFailure.printable(character) == shown)
    }

    @Test("shows visible characters as they are", arguments: [
        "A", " ", "ñ", "É", "e\u{301}", "😀", "👩‍💻", "١",
    ] as [Character])
    func showsVisibleCharactersAsTheyAre(_ character: Character) {
        #expect(CURPFailure.printable(character) == String(character))
    }
}
