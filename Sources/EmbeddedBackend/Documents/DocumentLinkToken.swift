import Foundation
import NSSCore

/// Where a document's one-time link points: `<public address>/d/<token>`.
public enum DocumentLinkAddress {
    /// The path segment before the token: one letter, so that the QR code stays small.
    public static let pathSegment = "d"
}

/// The token of a document link: 120 random bits in 24 upper-case letters and digits (no 0/O, 1/I),
/// which a QR code holds in its compact alphanumeric mode.
enum DocumentLinkToken {
    static let alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"
    static let length = 24

    static func generate() -> String { RandomText.string(length: length, from: alphabet) }

    static func link(base: URL, token: String) -> URL {
        base.appendingPathComponent(DocumentLinkAddress.pathSegment).appendingPathComponent(token)
    }

    /// Whether `text` could be a token at all: anything else is refused before the store is asked.
    static func isWellFormed(_ text: String) -> Bool {
        text.count == length && text.allSatisfy { alphabet.contains($0) }
    }
}
