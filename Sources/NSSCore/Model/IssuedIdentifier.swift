import FoundationEssentials

/// The rule for an identifier a backend issued (an application's, a captcha's, a document's) when it comes
/// back in a call: a few ASCII letters, digits, `-` and `_`. The office server hears them from any holder
/// of a credential and its log names them; one that could not have been issued — a line break, an escape
/// sequence, 64 KiB — is refused as input before it can forge a log line or fill the log. An empty one
/// names nothing and harms no log: the backend says it does not know it, as for any other guess.
public enum IssuedIdentifier {
    /// The longest taken (those issued are 24 to 40 characters).
    public static let longest = 64

    public static func isPlausible(_ text: String) -> Bool {
        text.utf8.count <= longest && text.utf8.allSatisfy { byte in
            (byte >= 0x30 && byte <= 0x39) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A)
                || byte == 0x2D || byte == 0x5F
        }
    }

    /// The identifier's text from a decoder, refused when it could not have been issued.
    static func decode(from decoder: any Decoder) throws -> String {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard isPlausible(text) else {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: "Not an identifier a backend issues.")
        }
        return text
    }
}
