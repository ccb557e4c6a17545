import Testing
@testable import NSSCore

@Suite struct EmailTypoSuggestionTests {
    @Test("suggests the common domain a typo was meant to be", arguments: [
        ("ana@gmial.com", "ana@gmail.com"),
        ("ana@hotmial.com", "ana@hotmail.com"),
        ("ana@outlok.com", "ana@outlook.com"),
        ("ana@gmail.con", "ana@gmail.com"),
        ("ana@yahoo.com.mz", "ana@yahoo.com.mx"),
        ("ana@gmai.com", "ana@gmail.com"),
        ("ana@gmail.cmo", "ana@gmail.com"),
        ("Ana.Lopez@GMIAL.COM", "Ana.Lopez@gmail.com"),
        ("ana@icloud.co", "ana@icloud.com"),
        ("  ana@hotmal.com ", "ana@hotmail.com"),
    ])
    func suggestsTheCommonDomain(_ typed: String, _ suggestion: String) {
        #expect(EmailAddress.suggestion(for: typed) == suggestion)
    }

    @Test("suggests nothing for a correct or unrelated domain", arguments: [
        "ana@gmail.com", "ana@GMAIL.COM", "ana@hotmail.com", "ana@yahoo.com.mx", "ana@empresa.com.mx",
        "ana@unam.mx", "ana@protonmail.com", "ana@sat.gob.mx",
    ])
    func suggestsNothing(_ typed: String) {
        #expect(EmailAddress.suggestion(for: typed) == nil)
    }

    @Test func textWithoutAnAddressShapeHasNoSuggestion() {
        #expect(EmailAddress.suggestion(for: "") == nil)
        #expect(EmailAddress.suggestion(for: "gmial.com") == nil)
        #expect(EmailAddress.suggestion(for: "@gmial.com") == nil)
        #expect(EmailAddress.suggestion(for: "ana@") == nil)
    }

    @Test func aTopLevelTypoIsFixedEvenForAnUncommonDomain() {
        #expect(EmailAddress.suggestion(for: "ana@empresa.com.mz") == "ana@empresa.com.mx")
        #expect(EmailAddress.suggestion(for: "ana@empresa.con") == "ana@empresa.com")
    }

    @Test func distanceCountsASwapAsOneEdit() {
        #expect(EmailTypoSuggestion.distance("gmial.com", "gmail.com") == 1)
        #expect(EmailTypoSuggestion.distance("gmail.com", "gmail.com") == 0)
        #expect(EmailTypoSuggestion.distance("", "abc") == 3)
        #expect(EmailTypoSuggestion.distance("abc", "") == 3)
        #expect(EmailTypoSuggestion.distance("outlok.com", "outlook.com") == 1)
    }
}

@Suite struct KnownProviderTests {
    @Test(arguments: ["ana@mail.com", "ana@hotmail.fr", "ana@gmx.com", "ana@proton.me"])
    func realProvidersCloseToACommonDomainAreNotCorrected(_ address: String) {
        #expect(EmailAddress.suggestion(for: address) == nil)
    }
}
