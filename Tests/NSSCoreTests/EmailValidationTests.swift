import Testing
import NSSCore

@Suite struct EmailValidationTests {
    @Test("accepts ordinary addresses", arguments: [
        "ana@gmail.com", "ana.lopez@empresa.com.mx", "ana+imss@outlook.com", "a@b.mx", "ANA_1980@yahoo.com.mx",
        "o'hara@mail.ie", "x-y@sub-domain.example.org", "ana@imss.gob.mx",
    ])
    func acceptsOrdinaryAddresses(_ text: String) throws {
        #expect(try EmailAddress(text).value == text.lowercasedDomain)
    }

    @Test func theDomainIsLowercasedAndTheLocalPartKeptAsTyped() throws {
        let email = try EmailAddress("Ana.Lopez@GMail.COM")
        #expect(email.value == "Ana.Lopez@gmail.com")
        #expect(email.localPart == "Ana.Lopez")
        #expect(email.domain == "gmail.com")
        #expect(email.description == "Ana.Lopez@gmail.com")
    }

    @Test func surroundingSpaceIsIgnored() throws {
        #expect(try EmailAddress("  ana@gmail.com \n").value == "ana@gmail.com")
    }

    @Test func theLocalPartMayHaveSixtyFourCharactersButNotSixtyFive() throws {
        let local64 = String(repeating: "a", count: 64)
        #expect(try EmailAddress(local64 + "@gmail.com").localPart.count == 64)
        #expect(EmailAddress.validate(local64 + "b@gmail.com") == .failure(.localPartTooLong(actual: 65)))
    }

    @Test func theWholeAddressMayHave254CharactersButNot255() throws {
        let local = String(repeating: "a", count: 64)
        let labels = String(repeating: "b", count: 63) + "." + String(repeating: "c", count: 63) + "."
        let exact = local + "@" + labels + String(repeating: "d", count: 58) + ".mx"
        #expect(exact.utf8.count == 254)
        #expect(try EmailAddress(exact).value == exact)
        let over = local + "@" + labels + String(repeating: "d", count: 59) + ".mx"
        #expect(EmailAddress.validate(over) == .failure(.tooLong(actual: 255)))
    }

    @Test func aDomainLabelMayHaveSixtyThreeCharactersButNotSixtyFour() throws {
        let label63 = String(repeating: "a", count: 63)
        #expect(throws: Never.self) { try EmailAddress("ana@" + label63 + ".com") }
        #expect(EmailAddress.validate("ana@" + label63 + "a.com") == .failure(.domainLabel(label63 + "a")))
    }

    static let failures: [(text: String, failure: EmailFailure, code: String, message: String)] = [
        ("", .empty, "vacio", "Escribe tu correo electrónico."),
        ("   ", .empty, "vacio", "Escribe tu correo electrónico."),
        ("ana.gmail.com", .missingAt, "sin-arroba",
         "Falta la arroba (@): el correo se escribe como nombre@dominio.com."),
        ("ana@@gmail.com", .severalAt, "varias-arrobas", "El correo lleva una sola arroba (@)."),
        ("ana@gmail.com@hotmail.com", .severalAt, "varias-arrobas", "El correo lleva una sola arroba (@)."),
        ("@gmail.com", .emptyLocalPart, "sin-usuario", "Falta tu nombre de usuario antes de la arroba (@)."),
        ("ana@", .emptyDomain, "sin-dominio", "Falta el dominio después de la arroba (@), por ejemplo gmail.com."),
        ("ana lopez@gmail.com", .characterNotAllowed(" "), "caracter", "El correo no lleva espacios."),
        ("ana lopez gmail.com", .characterNotAllowed(" "), "caracter", "El correo no lleva espacios."),
        ("ana@gmail .com", .characterNotAllowed(" "), "caracter", "El correo no lleva espacios."),
        ("ana,lopez@gmail.com", .characterNotAllowed(","), "caracter", "El correo no puede llevar «,»."),
        ("peña@gmail.com", .characterNotAllowed("ñ"), "caracter", "El correo no puede llevar «ñ»."),
        ("ana@gmail_mx.com", .characterNotAllowed("_"), "caracter", "El correo no puede llevar «_»."),
        ("ana@bücher.de", .characterNotAllowed("ü"), "caracter", "El correo no puede llevar «ü»."),
        (".ana@gmail.com", .dotPlacement, "punto", "Revisa los puntos: no van al principio, al final ni dos seguidos."),
        ("ana.@gmail.com", .dotPlacement, "punto", "Revisa los puntos: no van al principio, al final ni dos seguidos."),
        ("an..a@gmail.com", .dotPlacement, "punto", "Revisa los puntos: no van al principio, al final ni dos seguidos."),
        ("ana@.gmail.com", .dotPlacement, "punto", "Revisa los puntos: no van al principio, al final ni dos seguidos."),
        ("ana@gmail..com", .dotPlacement, "punto", "Revisa los puntos: no van al principio, al final ni dos seguidos."),
        ("ana@gmail.com.", .dotPlacement, "punto", "Revisa los puntos: no van al principio, al final ni dos seguidos."),
        ("ana@localhost", .domainWithoutDot, "dominio-sin-punto",
         "Al dominio le falta su terminación, por ejemplo .com o .mx."),
        ("ana@-gmail.com", .domainLabel("-gmail"), "dominio",
         "El dominio «-gmail» no es válido: sólo letras, números y guiones."),
        ("ana@gmail-.com", .domainLabel("gmail-"), "dominio",
         "El dominio «gmail-» no es válido: sólo letras, números y guiones."),
        ("ana@gmail.c", .topLevelDomain("c"), "terminacion",
         "La terminación «.c» no es válida: usa letras, como .com o .mx."),
        ("ana@gmail.123", .topLevelDomain("123"), "terminacion",
         "La terminación «.123» no es válida: usa letras, como .com o .mx."),
        ("ana@gmail.c0m", .topLevelDomain("c0m"), "terminacion",
         "La terminación «.c0m» no es válida: usa letras, como .com o .mx."),
    ]

    @Test("reports each failure with its code and Spanish message", arguments: failures.indices)
    func reportsEachFailure(_ index: Int) {
        let example = Self.failures[index]
        #expect(EmailAddress.validate(example.text) == .failure(example.failure))
        #expect(throws: example.failure) { try EmailAddress(example.text) }
        #expect(example.failure.code == example.code)
        #expect(example.failure.message == example.message)
    }

    @Test func theLengthFailuresStateTheLimits() {
        #expect(EmailFailure.tooLong(actual: 300).code == "longitud")
        #expect(EmailFailure.tooLong(actual: 300).message
            == "El correo es demasiado largo (300 caracteres; el máximo es 254).")
        #expect(EmailFailure.localPartTooLong(actual: 70).code == "usuario-largo")
        #expect(EmailFailure.localPartTooLong(actual: 70).message
            == "La parte antes de la arroba es demasiado larga (70 caracteres; el máximo es 64).")
    }

    @Test func aControlCharacterIsNamedByItsCodePoint() {
        #expect(EmailAddress.validate("ana\u{7}@gmail.com") == .failure(.characterNotAllowed("\u{7}")))
        #expect(EmailFailure.characterNotAllowed("\u{7}").message == "El correo no puede llevar «U+7».")
    }

    @Test func theMaskedAddressShowsTwoLettersAndTheDomain() throws {
        #expect(try EmailAddress("ana.lopez@gmail.com").masked == "an***@gmail.com")
        #expect(try EmailAddress("ab@gmail.com").masked == "a***@gmail.com")
        #expect(try EmailAddress("a@gmail.com").masked == "a***@gmail.com")
        #expect(try EmailAddress("Ana@Hotmail.com").masked == "An***@hotmail.com")
    }
}

private extension String {
    /// The address with its domain lowercased, as `EmailAddress` stores it.
    var lowercasedDomain: String {
        guard let at = lastIndex(of: "@") else { return self }
        return String(self[...at]) + self[index(after: at)...].lowercased()
    }
}
