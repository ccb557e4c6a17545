import Foundation

/// An email read back from an outbox, as a mail client would show it: header fields with encoded-words
/// decoded, the text, and the attachments. Reads what `MailMessage` writes and ordinary MIME mail.
public struct ReceivedMail: Sendable, Hashable {
    /// Unfolded header fields, values still as written (encoded-words not yet decoded).
    public var headers: [MailHeader]
    /// The text/plain part, decoded.
    public var text: String
    public var attachments: [MailAttachment]

    /// Parses a message; nil when it has no header section.
    public init?(_ data: Data) {
        guard let root = MIMEPart(data) else { return nil }
        headers = root.headers
        var text = ""
        var attachments: [MailAttachment] = []
        root.collect(text: &text, attachments: &attachments)
        self.text = text
        self.attachments = attachments
    }

    /// Reads and parses a message file.
    public init?(contentsOf url: URL) {
        guard let data = try? Data(contentsOf: url) else { return nil }
        self.init(data)
    }

    /// The first field with this name (any case), encoded-words decoded.
    public func header(_ name: String) -> String? {
        headers.first { $0.name.caseInsensitiveCompare(name) == .orderedSame }.map { MIMEWords.decode($0.value) }
    }

    /// The decoded subject, or "".
    public var subject: String { header("Subject") ?? "" }
}

/// One entity of a MIME message: its header fields and raw body.
private struct MIMEPart {
    var headers: [MailHeader]
    var body: String

    init?(_ data: Data) {
        guard let raw = String(data: data, encoding: .utf8) ?? String(data: data, encoding: .isoLatin1) else { return nil }
        let text = raw.replacingOccurrences(of: "\r\n", with: "\n")
        guard let split = text.range(of: "\n\n") else { return nil }
        headers = Self.parseHeaders(String(text[..<split.lowerBound]))
        body = String(text[split.upperBound...])
    }

    private static func parseHeaders(_ section: String) -> [MailHeader] {
        var headers: [MailHeader] = []
        for line in section.split(separator: "\n", omittingEmptySubsequences: true) {
            if let first = line.first, first == " " || first == "\t", !headers.isEmpty {
                headers[headers.count - 1].value += String(line)
            } else if let colon = line.firstIndex(of: ":") {
                let value = line[line.index(after: colon)...].drop { $0 == " " || $0 == "\t" }
                headers.append(MailHeader(String(line[..<colon]), String(value)))
            }
        }
        return headers
    }

    func header(_ name: String) -> String? {
        headers.first { $0.name.caseInsensitiveCompare(name) == .orderedSame }?.value
    }

    /// `type/subtype` of Content-Type, lowercased; text/plain when absent.
    var mediaType: String {
        (header("Content-Type") ?? "text/plain").split(separator: ";").first
            .map { $0.trimmingCharacters(in: .whitespaces).lowercased() } ?? "text/plain"
    }

    func parameter(_ name: String, of field: String) -> String? {
        guard let value = header(field) else { return nil }
        for piece in value.split(separator: ";").dropFirst() {
            let pair = piece.split(separator: "=", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
            guard pair.count == 2 else { continue }
            let key = pair[0].lowercased()
            if key == name.lowercased() {
                let unquoted = pair[1].hasPrefix("\"") && pair[1].hasSuffix("\"") && pair[1].count >= 2
                    ? String(pair[1].dropFirst().dropLast()) : pair[1]
                return MIMEWords.decode(unquoted)
            }
            if key == name.lowercased() + "*", let quote = pair[1].range(of: "''") {
                return String(pair[1][quote.upperBound...]).removingPercentEncoding
            }
        }
        return nil
    }

    var decodedBody: Data {
        switch (header("Content-Transfer-Encoding") ?? "7bit").trimmingCharacters(in: .whitespaces).lowercased() {
        case "quoted-printable": QuotedPrintable.decodeBytes(body)
        case "base64": Data(base64Encoded: body.filter { !$0.isWhitespace }) ?? Data()
        default: Data(body.utf8)
        }
    }

    /// The parts of a multipart entity, in order.
    var parts: [MIMEPart] {
        guard mediaType.hasPrefix("multipart/"), let boundary = parameter("boundary", of: "Content-Type") else { return [] }
        var parts: [MIMEPart] = []
        var current: [Substring]?
        for line in body.split(separator: "\n", omittingEmptySubsequences: false) {
            if line == "--\(boundary)" || line == "--\(boundary)--" {
                if let lines = current, let part = MIMEPart(Data(lines.joined(separator: "\n").utf8)) {
                    parts.append(part)
                }
                if line == "--\(boundary)--" { break }
                current = []
            } else {
                current?.append(line)
            }
        }
        return parts
    }

    func collect(text: inout String, attachments: inout [MailAttachment]) {
        if mediaType.hasPrefix("multipart/") {
            for part in parts { part.collect(text: &text, attachments: &attachments) }
            return
        }
        let disposition = header("Content-Disposition")?.lowercased() ?? ""
        if mediaType == "text/plain", !disposition.hasPrefix("attachment"), text.isEmpty {
            let charset = String.Encoding(mimeCharset: parameter("charset", of: "Content-Type") ?? "us-ascii")
            text = String(data: decodedBody, encoding: charset) ?? String(decoding: decodedBody, as: UTF8.self)
            return
        }
        let filename = parameter("filename", of: "Content-Disposition") ?? parameter("name", of: "Content-Type") ?? "adjunto"
        attachments.append(MailAttachment(filename: filename, contentType: mediaType, data: decodedBody))
    }
}
