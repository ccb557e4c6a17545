import Testing
import NSSCore

/// One person's data and the CURP (or its first positions) the rules give.
struct DerivationExample: CustomTestStringConvertible, Sendable {
    let given: String
    let first: String?
    let second: String?
    let date: CivilDate
    let sex: Sex
    let state: MexicanState
    let expected: String

    init(_ given: String, _ first: String?, _ second: String?, _ iso: String, _ sex: Sex, _ state: MexicanState,
         _ expected: String) {
        self.given = given
        self.first = first
        self.second = second
        self.date = CivilDate(iso: iso)!
        self.sex = sex
        self.state = state
        self.expected = expected
    }

    var testDescription: String { "\(given) / \(first ?? "—") / \(second ?? "—") → \(expected)" }

    func derive() throws -> CURP {
        try CURP.derive(givenNames: given, firstSurname: first, secondSurname: second,
                        birthDate: date, sex: sex, state: state)
    }
}

@Suite struct CURPDerivationTests {
    /// Complete CURPs from the Instructivo worked example and from library test vectors
    /// that domain.md §1.6 checked against the rules.
    static let complete: [DerivationExample] = [
        .init("GLORIA", "HERNANDEZ", "GARCIA", "1956-04-27", .mujer, .VZ, "HEGG560427MVZRRL04"),
        .init("Jesús Israel", "Perales", "Martínez", "1992-09-06", .hombre, .NL, "PEMJ920906HNLRRS00"),
        .init("Oscar", "Sanchez", "Santos", "1975-09-09", .hombre, .DF, "SASO750909HDFNNS05"),
        .init("Luis", "Perez", nil, "1975-09-09", .hombre, .DF, "PEXL750909HDFRXS02"),
        .init("Luis", "Perez", "Piedra", "2000-09-09", .hombre, .NL, "PEPL000909HNLRDSA1"),
        .init("Maria Del Carmen", "Loredo", "Caballero", "1990-06-27", .mujer, .SP, "LOCC900627MSPRBR07"),
        .init("MARIA GILA", "HURTADO", "HERRERA", "1920-09-01", .mujer, .SP, "HUHG200901MSPRRL09"),
        .init("MARIA DEL ROSARIO", "MARTINEZ", "RIVAS", "1981-09-08", .mujer, .SP, "MARR810908MSPRVS00"),
        .init("ONDREJ JUAN", "HERNANDEZ", "LOPEZ", "1999-05-01", .hombre, .VZ, "HELO990501HVZRPN09"),
        .init("IRMA LETICIA", "MAR", "SOLIS", "2005-08-05", .mujer, .VZ, "MASI050805MVZRLRA8"),
        .init("MARIA ERNESTINA RAFAELA", "CONTRERAS", "MORALES", "1972-11-10", .mujer, .VZ, "COME721110MVZNRR03"),
        .init("MARIA", "VILLA", "TRUJILLO", "1982-09-06", .mujer, .VZ, "VITM820906MVZLRR00"),
        .init("JOSE MARIA", "TEZOCO", "APALE", "1947-06-22", .hombre, .VZ, "TEAM470622HVZZPR07"),
        .init("JOSE SAUL", "GALVAN", "DEL RIO", "1970-09-23", .hombre, .SP, "GARS700923HSPLXL06"),
        .init("ALBERTO", "ÑANDO", "RODRIGUEZ", "1975-09-09", .hombre, .DF, "XARA750909HDFNDL00"),
        .init("ALBERTO", "RODRIGUEZ", "ÑANDO", "1975-09-09", .hombre, .DF, "ROXA750909HDFDNL07"),
        .init("ANDRES", "ICH", "RODRÍGUEZ", "1975-09-09", .hombre, .DF, "IXRA750909HDFCDN09"),
        .init("ANGELINE", "ZULEYKA", "NETAN", "1954-03-08", .mujer, .NE, "ZUNA540308MNELTN05"),
        .init("ROSA GUADALUPE", "O RELLING", "ALVARADO", "1997-01-22", .mujer, .VZ, "OXAR970122MVZXLS09"),
        .init("ANAHI", "N. LUIS", "MENDO", "1981-03-27", .mujer, .VZ, "NXMA810327MVZXNN08"),
        .init("EDNA", "PEREZ", "H. TOLENTINO", "1977-11-20", .mujer, .VZ, "PEHE771120MVZRXD09"),
        .init("M CRISTINA", "QUIAHUA", "CALIHUA", "1981-09-19", .mujer, .VZ, "QUCC810919MVZHLR01"),
    ]

    @Test("derives the complete CURP of documented examples", arguments: complete)
    func derivesCompleteExamples(_ example: DerivationExample) throws {
        #expect(try example.derive().value == example.expected)
    }

    /// Examples of the RENAPO rules (domain.md §1.5–1.6), given as the positions they fix:
    /// a prefix of the CURP, or `prefix|positions 14–16`.
    static let rules: [DerivationExample] = [
        .init("OFELIA", "PEDRERO", "DOMINGUEZ", "1980-01-01", .mujer, .DF, "PXDO"),
        .init("OSCAR", "JOHNSON", "TORRES", "1980-01-01", .hombre, .DF, "JXTO"),
        .init("CARLOS", "MC GREGOR", "LOPEZ", "1980-01-01", .hombre, .DF, "GELC|RPR"),
        .init("DALIA", "ARGÜELLO", "PEREZ", "1980-01-01", .mujer, .DF, "AUPD|RRL"),
        .init("ROBERTO", "LOPEZ-CASTILLO", "HOGAZA", "1980-01-01", .hombre, .DF, "LOHR|PGB"),
        .init("ANA", "RIVA PALACIO", "SOTO", "1980-01-01", .mujer, .DF, "RISA|VTN"),
        .init("JUAN ANGEL", "DE LAS LOMAS", "GARCES", "1980-01-01", .hombre, .DF, "LOGJ|MRN"),
        .init("ELENA", "Y HEREDÍA", "LUNA", "1980-01-01", .mujer, .DF, "HELE|RNL"),
        .init("VAN ROB", "SMIT", "DIAZ", "1980-01-01", .hombre, .NE, "SIDR|MZB"),
        .init("J RICARDO", "LÓPEZ", "BLANCA", "1980-01-01", .hombre, .DF, "LOBR|PLC"),
        .init("J. RICARDO", "LOPEZ", "BLANCA", "1980-01-01", .hombre, .DF, "LOBR|PLC"),
        .init("MARIA JOSE", "ESTRADA", "LOPEZ", "1980-01-01", .mujer, .DF, "EALJ|SPS"),
        .init("JOSE MARIA", "HERNANDEZ", "LUGO", "1980-01-01", .hombre, .DF, "HELM|RGR"),
        .init("MARÍA JOSÉ", "ESTRADA", "LÓPEZ", "1980-01-01", .mujer, .DF, "EALJ|SPS"),
        .init("GUADALUPE JOSE MARIA", "REYES", "GARDU", "1980-01-01", .hombre, .DF, "REGG|YRD"),
        .init("MA. DE LOS ANGELES", "RUIZ", "NUÑEZ", "1980-01-01", .mujer, .DF, "RUNA|ZXN"),
        .init("MA DE LOS ANGELES", "RUIZ", "NUÑEZ", "1980-01-01", .mujer, .DF, "RUNA|ZXN"),
        .init("M. DE LOS ANGELES", "RUIZ", "NUÑEZ", "1980-01-01", .mujer, .DF, "RUNA|ZXN"),
        .init("JOSE", "LARA", "MENA", "1980-01-01", .hombre, .DF, "LAMJ|RNS"),
        .init("JUAN", nil, nil, "1980-01-01", .hombre, .DF, "XXXJ|XXN"),
        .init("FEDERICO", nil, nil, "1980-01-01", .hombre, .DF, "XXXF|XXD"),
        .init("JUAN", "", "   ", "1980-01-01", .hombre, .DF, "XXXJ|XXN"),
        .init("LUIS", nil, "PEREZ", "1975-09-09", .hombre, .DF, "PEXL750909HDFRXS02"),
        .init("JUAN", "D/AMICO", "ALVAREZ", "1980-01-01", .hombre, .DF, "DXAJ|XLN"),
        .init("ANA", "O'HARA", "SALAS", "1980-01-01", .mujer, .DF, "OXSA|XLN"),
        .init("ANA", "O’HARA", "SALAS", "1980-01-01", .mujer, .DF, "OXSA|XLN"),
        .init("ANA", "´ESSIO", "SALAS", "1980-01-01", .mujer, .DF, "XESA|SLN"),
        .init("YOLANDA", "SMRZ", "JUAREZ", "1980-01-01", .mujer, .DF, "SXJY|MRL"),
        .init("ANA", "EK", "SOSA", "1980-01-01", .mujer, .DF, "EXSA|KSN"),
        .init("ANA", "PO", "UEIA", "1980-01-01", .mujer, .DF, "POUA|XXN"),
        .init("ANA", "CHAVEZ", "LLERAS", "1980-01-01", .mujer, .DF, "CALA|HLN"),
        .init("CARLOS", "PEÑA", "RUIZ", "1980-01-01", .hombre, .DF, "PERC|XZR"),
        .init("CARLOS", "MUÑOZ", "ÑUÑEZ", "1980-01-01", .hombre, .DF, "MUXC|XXR"),
        .init("ANA", "MÖLLER", "ÖZIL", "1980-01-01", .mujer, .NE, "MXXA|XZN"),
        .init("ANA", "DE", "LA", "1980-01-01", .mujer, .DF, "DELA|XXN"),
        .init("Ö", "ÄË", "Ï", "1980-01-01", .noBinario, .NE, "XXXX|XXX"),
        .init("MARIA .", "LOPEZ - CASTILLO", "- . -", "1980-01-01", .mujer, .DF, "LOXM|PXR"),
        .init("JOSE - LUIS", "DE . LA ROSA", "RUIZ", "1980-01-01", .hombre, .DF, "RORL|SZS"),
        .init("FRANÇOIS", "GONÇALVES", "AÇA", "1980-01-01", .hombre, .NE, "GOAF|NXR"),
        .init("ANA", "ÇELIK", "ØSTBY", "1980-01-01", .mujer, .NE, "XEXA|LSN"),
        .init("MARIA\nDEL CARMEN", "LOREDO\r\n", "CABALLERO", "1990-06-27", .mujer, .SP, "LOCC900627MSPRBR07"),
        .init("ANA", "DE LA", "Y", "1980-01-01", .mujer, .DF, "LAYA|XXN"),
        .init("maria del carmen", "loredo", "caballero", "1990-06-27", .mujer, .SP, "LOCC900627MSPRBR07"),
        .init("  MARIA   DEL\tCARMEN ", " LOREDO ", "CABALLERO", "1990-06-27", .mujer, .SP, "LOCC900627MSPRBR07"),
        .init("ALEX", "RIOS", "SOTO", "1990-06-27", .noBinario, .JC, "RISA900627XJCSTL0"),
    ]

    @Test("applies the RENAPO rules to names", arguments: rules)
    func appliesRules(_ example: DerivationExample) throws {
        let curp = try example.derive().value
        let parts = example.expected.split(separator: "|")
        #expect(curp.hasPrefix(parts[0]))
        if parts.count > 1 {
            #expect(String(Array(curp)[13..<16]) == parts[1])
        }
    }

    @Test func everyDerivedExampleIsAValidCURP() throws {
        for example in Self.complete + Self.rules {
            let curp = try example.derive()
            #expect(CURP.validate(curp.value) == .success(curp))
        }
    }

    @Test func aDecomposedAccentReadsLikeTheComposedOne() throws {
        let composed = try CURP.derive(givenNames: "JOSÉ LUIS", firstSurname: "LÓPEZ", secondSurname: "NÚÑEZ",
                                       birthDate: CivilDate(year: 1985, month: 3, day: 2)!, sex: .hombre, state: .PL)
        let decomposed = try CURP.derive(givenNames: "JOSE\u{301} LUIS", firstSurname: "LO\u{301}PEZ",
                                         secondSurname: "NU\u{301}N\u{303}EZ",
                                         birthDate: CivilDate(year: 1985, month: 3, day: 2)!, sex: .hombre, state: .PL)
        #expect(composed == decomposed)
        #expect(composed.value.hasPrefix("LONL850302HPLPXS"))
    }

    @Test func positionSeventeenIsZeroBefore2000AndAFrom2000() throws {
        let lastOf1999 = try CURP.derive(givenNames: "ANA", firstSurname: "SOTO", secondSurname: "LUNA",
                                         birthDate: CivilDate(year: 1999, month: 12, day: 31)!, sex: .mujer, state: .DF)
        let firstOf2000 = try CURP.derive(givenNames: "ANA", firstSurname: "SOTO", secondSurname: "LUNA",
                                          birthDate: CivilDate(year: 2000, month: 1, day: 1)!, sex: .mujer, state: .DF)
        #expect(Array(lastOf1999.value)[16] == "0")
        #expect(Array(firstOf2000.value)[16] == "A")
        #expect(lastOf1999.birthDate == CivilDate(year: 1999, month: 12, day: 31))
        #expect(firstOf2000.birthDate == CivilDate(year: 2000, month: 1, day: 1))
    }

    @Test func theEdgesOfTheCenturyRuleAreAccepted() throws {
        for (year, month, day) in [(1900, 1, 1), (2099, 12, 31)] {
            let date = CivilDate(year: year, month: month, day: day)!
            let curp = try CURP.derive(givenNames: "ANA", firstSurname: "SOTO", secondSurname: nil,
                                       birthDate: date, sex: .mujer, state: .DF)
            #expect(curp.birthDate == date)
        }
    }

    @Test func aGivenHomonymyCharacterTakesPositionSeventeenAndTheCheckDigitFollows() throws {
        let curp = try CURP.derive(givenNames: "GLORIA", firstSurname: "HERNANDEZ", secondSurname: "GARCIA",
                                   birthDate: CivilDate(year: 1956, month: 4, day: 27)!, sex: .mujer, state: .VZ,
                                   homonymy: "1")
        #expect(curp.value.hasPrefix("HEGG560427MVZRRL1"))
        #expect(CURP.validate(curp.value) == .success(curp))
        let later = try CURP.derive(givenNames: "LUIS", firstSurname: "PEREZ", secondSurname: "PIEDRA",
                                    birthDate: CivilDate(year: 2000, month: 9, day: 9)!, sex: .hombre, state: .NL,
                                    homonymy: "J")
        #expect(later.value.hasPrefix("PEPL000909HNLRDSJ"))
    }

    @Test func givenNamesWithoutLettersCannotMakeACURP() {
        for given in ["", "   ", ". -", "\t"] {
            #expect(throws: CURPDerivationFailure.emptyGivenNames) {
                try CURP.derive(givenNames: given, firstSurname: "PEREZ", secondSurname: nil,
                                birthDate: CivilDate(year: 1980, month: 1, day: 1)!, sex: .hombre, state: .DF)
            }
        }
    }

    @Test func aSurnameWithoutLettersCountsAsMissing() throws {
        let curp = try CURP.derive(givenNames: "LUIS", firstSurname: "PEREZ", secondSurname: ".",
                                   birthDate: CivilDate(year: 1975, month: 9, day: 9)!, sex: .hombre, state: .DF)
        #expect(curp.value == "PEXL750909HDFRXS02")
    }

    @Test func digitsAndOtherSymbolsInANameAreRejectedWithTheField() {
        let date = CivilDate(year: 1980, month: 1, day: 1)!
        #expect(throws: CURPDerivationFailure.characterNotAllowed(field: .givenNames, character: "2")) {
            try CURP.derive(givenNames: "JUAN2", firstSurname: "PEREZ", secondSurname: nil,
                            birthDate: date, sex: .hombre, state: .DF)
        }
        #expect(throws: CURPDerivationFailure.characterNotAllowed(field: .firstSurname, character: ",")) {
            try CURP.derive(givenNames: "JUAN", firstSurname: "PEREZ, LOPEZ", secondSurname: nil,
                            birthDate: date, sex: .hombre, state: .DF)
        }
        #expect(throws: CURPDerivationFailure.characterNotAllowed(field: .secondSurname, character: "@")) {
            try CURP.derive(givenNames: "JUAN", firstSurname: "PEREZ", secondSurname: "LOPEZ@",
                            birthDate: date, sex: .hombre, state: .DF)
        }
        #expect(throws: CURPDerivationFailure.characterNotAllowed(field: .givenNames, character: "😀")) {
            try CURP.derive(givenNames: "ANA 😀", firstSurname: "PEREZ", secondSurname: nil,
                            birthDate: date, sex: .mujer, state: .DF)
        }
    }

    @Test func birthYearsOutsideTheTwoCenturiesAreRejected() {
        for year in [1899, 2100] {
            #expect(throws: CURPDerivationFailure.birthYearOutOfRange(year: year)) {
                try CURP.derive(givenNames: "ANA", firstSurname: "SOTO", secondSurname: nil,
                                birthDate: CivilDate(year: year, month: 6, day: 1)!, sex: .mujer, state: .DF)
            }
        }
    }

    @Test func aHomonymyCharacterOfTheWrongCenturyIsRejected() {
        let cases: [(Int, Character)] = [(1990, "A"), (1990, "a"), (2005, "5"), (2005, "K"), (2005, "Ñ"), (1990, "-")]
        for (year, character) in cases {
            #expect(throws: CURPDerivationFailure.homonymy(character: character, birthYear: year)) {
                try CURP.derive(givenNames: "ANA", firstSurname: "SOTO", secondSurname: nil,
                                birthDate: CivilDate(year: year, month: 6, day: 1)!, sex: .mujer, state: .DF,
                                homonymy: character)
            }
        }
    }

    @Test func failuresHaveStableCodesAndSpanishMessages() {
        let failures: [(CURPDerivationFailure, String, String)] = [
            (.emptyGivenNames, "nombre-vacio", "Escribe tu nombre o nombres: la CURP no se puede formar sin él."),
            (.characterNotAllowed(field: .firstSurname, character: "2"), "caracter",
             "El carácter «2» no puede ir en el primer apellido: sólo letras, espacios y los signos / - . ' ´ ’."),
            (.birthYearOutOfRange(year: 1899), "fecha",
             "La CURP sólo admite nacimientos de 1900 a 2099; el año 1899 queda fuera."),
            (.homonymy(character: "A", birthYear: 1990), "homonimia",
             "La posición 17 de alguien nacido en 1990 es un dígito del 0 al 9 (nacidos hasta 1999), no «A»."),
            (.homonymy(character: "5", birthYear: 2005), "homonimia",
             "La posición 17 de alguien nacido en 2005 es una letra de la A a la J (nacidos desde 2000), no «5»."),
        ]
        for (failure, code, message) in failures {
            #expect(failure.code == code)
            #expect(failure.message == message)
        }
    }

    @Test func aControlCharacterInANameIsNamedByItsCodePoint() throws {
        let error = #expect(throws: CURPDerivationFailure.self) {
            try CURP.derive(givenNames: "ANA\u{7}", firstSurname: "SOTO", secondSurname: nil,
                            birthDate: CivilDate(year: 1980, month: 1, day: 1)!, sex: .mujer, state: .DF)
        }
        let message = try #require(error).message
        #expect(message.contains("U+7"))
        #expect(!message.unicodeScalars.contains { $0.value < 0x20 })
    }
}
