import Foundation

/// Unpredictable identifiers and secrets from the system's cryptographic generator.
enum RandomText {
    /// `byteCount` random bytes as lowercase hex.
    static func hex(bytes byteCount: Int) -> String {
        var rng = SystemRandomNumberGenerator()
        return (0..<byteCount).map { _ in
            let byte = UInt8.random(in: 0...255, using: &rng)
            return String(byte >> 4, radix: 16) + String(byte & 0xF, radix: 16)
        }.joined()
    }

    /// `byteCount` random bytes as base64url without padding (RFC 4648 §5): safe in a URL as is.
    static func base64URL(bytes byteCount: Int) -> String {
        var rng = SystemRandomNumberGenerator()
        let data = Data((0..<byteCount).map { _ in UInt8.random(in: 0...255, using: &rng) })
        return data.base64EncodedString()
            .replacingOccurrences(of: "+", with: "-")
            .replacingOccurrences(of: "/", with: "_")
            .replacingOccurrences(of: "=", with: "")
    }

    /// `length` characters drawn uniformly from `alphabet`.
    static func string(length: Int, from alphabet: String) -> String {
        var rng = SystemRandomNumberGenerator()
        let symbols = Array(alphabet)
        return String((0..<length).map { _ in symbols.randomElement(using: &rng)! })
    }
}
