import PropertyBased
import Testing
import NSSCore

@Suite struct EmailPropertyTests {
    /// Text that looks like an address now and then: random pieces around an @ and a dot.
    static let addressLike = zip(TestGen.unicodeText, Gen.letterOrNumber.string(of: 0...20),
                                 Gen.letterOrNumber.string(of: 0...20), Gen.int(in: 0...3))
        .map { noise, local, domain, shape in
            switch shape {
            case 0: noise
            case 1: local + "@" + domain + ".mx"
            case 2: local + noise + "@" + domain + ".com"
            default: local + "@" + noise
            }
        }

    @Test func validateNeverCrashesAndValidAddressesAreStable() async {
        await propertyCheck(count: 3000, input: Self.addressLike) { text in
            switch EmailAddress.validate(text) {
            case .success(let email):
                #expect(email.value.utf8.count <= 254)
                #expect(email.localPart.utf8.count <= 64)
                #expect(email.value.filter { $0 == "@" }.count == 1)
                #expect(EmailAddress.validate(email.value) == .success(email))
                #expect(email.masked.contains("***@"))
            case .failure(let failure):
                #expect(!failure.code.isEmpty)
                #expect(!failure.message.unicodeScalars.contains {
                    $0 != "\u{200D}"
                    && [.control, .format, .lineSeparator, .paragraphSeparator].contains($0.properties.generalCategory)
                })
            }
        }
    }

    @Test func suggestionsNeverCrashAndNeverRepeatTheTypedAddress() async {
        await propertyCheck(count: 2000, input: Self.addressLike) { text in
            if let suggestion = EmailAddress.suggestion(for: text) {
                #expect(suggestion != text)
                #expect(suggestion.contains("@"))
            }
        }
    }
}
