import Foundation

/// Where a confirmation link points under the office server's public address: `<base>/confirmar/<token>`.
/// One definition for the link the email carries and the page the server answers there.
public enum ConfirmationLink {
    /// The path segment before the token.
    public static let pathSegment = "confirmar"
}

/// The 128-bit random token of a confirmation link, and how to find it in what a person pastes: the whole
/// link (`https://…/confirmar/<token>`, even wrapped in `<…>`; also the `…/confirmar?token=…` of emails
/// sent before the office server existed) or the bare token.
enum LinkToken {
    static func generate() -> String { RandomText.base64URL(bytes: 16) }

    /// The link a confirmation email carries under `base`.
    static func link(base: URL, token: String) -> URL {
        base.appendingPathComponent(ConfirmationLink.pathSegment).appendingPathComponent(token)
    }

    /// The token in a pasted link or bare token; nil when there is none.
    static func extract(from text: String) -> String? {
        let trimmed = text.trimmingCharacters(in: CharacterSet.whitespacesAndNewlines.union(CharacterSet(charactersIn: "<>\"'")))
        if trimmed.contains("?") || trimmed.contains("://") || trimmed.contains("/") {
            guard let components = URLComponents(string: trimmed) else { return nil }
            if let value = components.queryItems?.first(where: { $0.name == "token" })?.value {
                return isWellFormed(value) ? value : nil
            }
            let segments = components.path.split(separator: "/").map(String.init)
            guard segments.count >= 2, segments[segments.count - 2] == ConfirmationLink.pathSegment else { return nil }
            return isWellFormed(segments[segments.count - 1]) ? segments[segments.count - 1] : nil
        }
        return isWellFormed(trimmed) ? trimmed : nil
    }

    /// Whether `token` has the shape of a link token (22 characters of base64url).
    static func isWellFormed(_ token: String) -> Bool {
        token.count == 22 && token.unicodeScalars.allSatisfy {
            ("A"..."Z").contains($0) || ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" || $0 == "_"
        }
    }

    static func digest(_ token: String) -> String { SecretDigest.of("token:\(token)") }
}
