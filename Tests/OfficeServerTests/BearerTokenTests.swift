import HTTPTypes
@testable import OfficeServer
import Testing

/// How a credential is read from `Authorization` (RFC 6750: the scheme in any case, blanks around the
/// token) and checked against the digest the server keeps.
@Suite struct BearerTokenTests {
    private func presented(_ field: String) -> String? {
        var fields = HTTPFields()
        fields[.authorization] = field
        return BearerToken.presented(in: fields).map(String.init)
    }

    @Test(arguments: [("Bearer abc123", "abc123"), ("bearer abc123", "abc123"), ("BEARER abc123", "abc123"),
                      ("Bearer   abc123  ", "abc123"), ("Bearer \tabc123\t", "abc123"), ("Bearer a b", "a b")])
    func theTokenIsWhatFollowsTheScheme(_ field: String, _ token: String) {
        #expect(presented(field) == token)
    }

    @Test(arguments: ["Basic abc123", "Bearer", "Bearer ", "Bearer    ", "Bearerabc123", "Beare abc123", "Bearer\tabc123",
                      "Ｂearer abc123", "Bëarer abc123"])
    func aFieldWithoutABearerTokenPresentsNone(_ field: String) {
        #expect(presented(field) == nil)
    }

    @Test func noFieldPresentsNone() {
        #expect(BearerToken.presented(in: HTTPFields()) == nil)
    }

    /// Two credentials in one request (two `Authorization` fields, which HTTP does not allow to be one
    /// list): neither is taken, whichever comes first.
    @Test func twoFieldsPresentNone() {
        var fields = HTTPFields()
        fields.append(HTTPField(name: .authorization, value: "Bearer abc123"))
        fields.append(HTTPField(name: .authorization, value: "Bearer def456"))
        #expect(BearerToken.presented(in: fields) == nil)
        var one = HTTPFields()
        one.append(HTTPField(name: .contentType, value: "application/json"))
        one.append(HTTPField(name: .authorization, value: "Bearer abc123"))
        #expect(BearerToken.presented(in: one) == "abc123")
    }

    @Test func aTokenMatchesOnlyItsOwnDigest() {
        let kept = BearerToken.digest(of: "credencial-de-la-terminal-0123456789")
        #expect(kept.count == 32)
        #expect(BearerToken.matches(kept, digest: BearerToken.digest(of: "credencial-de-la-terminal-0123456789")))
        #expect(BearerToken.matches(kept, digest: BearerToken.digest(of: Substring("x credencial-de-la-terminal-0123456789").dropFirst(2))))
        #expect(!BearerToken.matches(kept, digest: BearerToken.digest(of: "credencial-de-la-terminal-012345678")))
        #expect(!BearerToken.matches(kept, digest: Array(kept.dropLast())))
        #expect(!BearerToken.matches(kept, digest: []))
    }
}
