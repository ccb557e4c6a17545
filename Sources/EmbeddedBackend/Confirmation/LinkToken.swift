import Foundation

/// The 128-bit random token of a confirmation link, and how to find it in what a person pastes: the whole
/// link (`https://…/confirmar?token=…`, even wrapped in `<…>`) or the bare token.
enum LinkToken {
    static func generate() -> String { RandomText.base64URL(bytes: 16) }

    /// The link a confirmation email carries under `base`: `<base>/confirmar?token=…`.
    static func link(base: URL, token: String) -> URL {
        var components = URLComponents(url: base.appendingPathComponent("confirmar"), resolvingAgainstBaseURL: false)!
        components.queryItems = [URLQueryItem(name: "token", value: token)]
        return components.url!
    }

    /// The token in a pasted link or bare token; nil when there is none.
    static func extract(from text: String) -> String? {
        let trimmed = text.trimmingCharacters(in: CharacterSet.whitespacesAndNewlines.union(CharacterSet(charactersIn: "<>\"'")))
        if trimmed.contains("?") || trimmed.contains("://") {
            guard let components = URLComponents(string: trimmed),
                  let value = components.queryItems?.first(where: { $0.name == "token" })?.value else { return nil }
            return isWellFormed(value) ? value : nil
        }
        return isWellFormed(trimmed) ? trimmed : nil
    }

    private static func isWellFormed(_ token: String) -> Bool {
        token.count == 22 && token.unicodeScalars.allSatisfy {
            ("A"..."Z").contains($0) || ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" || $0 == "_"
        }
    }

    static func digest(_ token: String) -> String { SecretDigest.of("token:\(token)") }
}
