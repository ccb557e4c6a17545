import Foundation

/// RFC 2047 encoded-words: how non-ASCII text travels in header fields (`=?UTF-8?B?…?=`), and back.
enum MIMEWords {
    /// Bytes of UTF-8 per encoded-word, so that each folded line stays within 78 columns.
    private static let bytesPerWord = 40

    /// `value` as encoded-words separated by folding whitespace, never splitting a character.
    static func encode(_ value: String) -> String {
        var words: [String] = []
        var chunk = Data()
        for character in value {
            let bytes = Data(String(character).utf8)
            if chunk.count + bytes.count > bytesPerWord {
                words.append(word(chunk))
                chunk = Data()
            }
            chunk.append(bytes)
        }
        if !chunk.isEmpty { words.append(word(chunk)) }
        return words.joined(separator: "\n ")
    }

    /// A display name: kept as is when plain ASCII letters and spaces, else encoded.
    static func encodePhrase(_ phrase: String) -> String {
        if phrase.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == " ") }) { return phrase }
        return encode(phrase)
    }

    private static func word(_ bytes: Data) -> String { "=?UTF-8?B?\(bytes.base64EncodedString())?=" }

    /// Decodes every encoded-word (B or Q, UTF-8 or Latin-1) in an unfolded header value; whitespace
    /// between two adjacent encoded-words is dropped, as the RFC says.
    static func decode(_ value: String) -> String {
        let pattern = #/=\?([^?]+)\?([BbQq])\?([^?]*)\?=/#
        var result = ""
        var rest = Substring(value)
        var previousWasWord = false
        while let match = rest.firstMatch(of: pattern) {
            let between = rest[rest.startIndex..<match.range.lowerBound]
            if !(previousWasWord && between.allSatisfy(\.isWhitespace)) { result += between }
            let charset = match.output.1.lowercased()
            let encoding = String.Encoding(mimeCharset: charset)
            let data = match.output.2.uppercased() == "B"
                ? Data(base64Encoded: String(match.output.3))
                : QuotedPrintable.decodeBytes(String(match.output.3).replacingOccurrences(of: "_", with: " "))
            if let data, let text = String(data: data, encoding: encoding) {
                result += text
                previousWasWord = true
            } else {
                result += match.output.0
                previousWasWord = false
            }
            rest = rest[match.range.upperBound...]
        }
        return result + rest
    }
}

extension String.Encoding {
    /// The encoding a MIME charset name stands for; UTF-8 for anything unknown.
    init(mimeCharset: String) {
        switch mimeCharset.lowercased() {
        case "iso-8859-1", "latin1", "iso8859-1": self = .isoLatin1
        case "us-ascii", "ascii": self = .ascii
        default: self = .utf8
        }
    }
}
