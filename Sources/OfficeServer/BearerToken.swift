import Crypto
import HTTPTypes

/// A credential presented as `Authorization: Bearer <token>` (RFC 6750), and how one is checked: by its
/// SHA-256 digest, compared in constant time, so the server keeps no token and a wrong guess takes as
/// long as a right one. The terminals' tokens and the metrics' token are both checked this way.
enum BearerToken {
    typealias Digest = [UInt8]

    /// The token of a request's `Authorization` field (the scheme in any case, spaces or tabs around the
    /// token), or nil when it carries none or more than one field.
    static func presented(in fields: HTTPFields) -> Substring? {
        // The field itself (`fields[.authorization]` would join them all into a new string); a request
        // with two credentials is taken to carry none.
        var found: String?
        for candidate in fields where candidate.name == .authorization {
            guard found == nil else { return nil }
            found = candidate.value
        }
        guard let field = found else { return nil }
        let scheme = "bearer ".utf8
        let utf8 = field.utf8
        guard utf8.count > scheme.count,
              zip(utf8, scheme).allSatisfy({ byte, expected in Self.lowercased(byte) == expected }) else { return nil }
        let token = field.utf8.dropFirst(scheme.count).drop(while: Self.isBlank)
        guard let end = token.lastIndex(where: { !Self.isBlank($0) }) else { return nil }
        return Substring(token[...end])
    }

    static func digest(of token: some StringProtocol) -> Digest {
        var token = String(token)
        return token.withUTF8 { Array(SHA256.hash(data: $0)) }
    }

    /// Whether `token`'s digest is `expected`, in a time that does not depend on where they differ.
    static func matches(_ expected: Digest, digest presented: Digest) -> Bool {
        guard expected.count == presented.count else { return false }
        var difference: UInt8 = 0
        for index in expected.indices { difference |= expected[index] ^ presented[index] }
        return difference == 0
    }

    private static func lowercased(_ byte: UInt8) -> UInt8 {
        (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte) ? byte | 0x20 : byte
    }

    private static func isBlank(_ byte: UInt8) -> Bool { byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") }
}
