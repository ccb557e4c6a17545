import Crypto
import Foundation

/// What the database keeps instead of a link token or a code: its SHA-256, so a copy of the database
/// opens no application.
enum SecretDigest {
    /// Lowercase hex SHA-256 of the UTF-8 text.
    static func of(_ text: String) -> String {
        SHA256.hash(data: Data(text.utf8)).map { byte in
            String(byte >> 4, radix: 16) + String(byte & 0xF, radix: 16)
        }.joined()
    }
}
