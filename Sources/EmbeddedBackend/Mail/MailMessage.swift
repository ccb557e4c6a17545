import Foundation
import NSSCore

/// An email as the embedded service sends it: UTF-8 text, optional attachments, rendered as MIME
/// (RFC 5322 headers with RFC 2047 encoded-words, quoted-printable text, base64 attachments in
/// multipart/mixed). Lines end in LF, as Maildir files and sendmail's standard input expect.
public struct MailMessage: Sendable, Hashable {
    public var from: String
    public var fromName: String?
    public var to: [String]
    public var subject: String
    public var date: Date
    /// Without angle brackets; one is made up from the sender's domain when nil.
    public var messageID: String?
    /// Further header fields, such as `X-NSS-Application`.
    public var extraHeaders: [MailHeader]
    public var text: String
    public var attachments: [MailAttachment]

    public init(from: String, fromName: String? = nil, to: [String], subject: String, date: Date,
                messageID: String? = nil, extraHeaders: [MailHeader] = [], text: String,
                attachments: [MailAttachment] = []) {
        self.from = from
        self.fromName = fromName
        self.to = to
        self.subject = subject
        self.date = date
        self.messageID = messageID
        self.extraHeaders = extraHeaders
        self.text = text
        self.attachments = attachments
    }

    /// The message as bytes, ready for a Maildir file or sendmail.
    public func rendered() -> Data {
        var out = ""
        let sender = fromName.map { "\(MIMEWords.encodePhrase($0)) <\(from)>" } ?? from
        let domain = from.split(separator: "@").last.map(String.init) ?? "localhost"
        let headers = [
            MailHeader("From", sender),
            MailHeader("To", to.joined(separator: ", ")),
            MailHeader("Subject", subject),
            MailHeader("Date", MexicoCityTime.rfc5322(date)),
            MailHeader("Message-ID", "<\(messageID ?? "\(RandomText.hex(bytes: 12))@\(domain)")>"),
            MailHeader("MIME-Version", "1.0"),
        ] + extraHeaders
        let textPart = "Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: quoted-printable\n"
        let body = QuotedPrintable.encode(text)
        if attachments.isEmpty {
            out += Self.render(headers) + textPart + "\n" + body
            return Data(out.utf8)
        }
        let boundary = "=_nss_\(RandomText.hex(bytes: 12))"
        out += Self.render(headers) + "Content-Type: multipart/mixed; boundary=\"\(boundary)\"\n\n"
        out += "This is a multi-part message in MIME format.\n"
        // The line break before each delimiter belongs to the delimiter (RFC 2046 §5.1.1), hence the extra "\n".
        out += "--\(boundary)\n" + textPart + "\n" + body + "\n"
        for attachment in attachments {
            let name = Self.filenameParameter(attachment.filename)
            let type = attachment.contentType.filter { $0.isASCII && ($0.isLetter || $0.isNumber || "/.+-".contains($0)) }
            out += "--\(boundary)\n"
            out += "Content-Type: \(type);\n name\(name)\nContent-Disposition: attachment;\n filename\(name)\n"
            out += "Content-Transfer-Encoding: base64\n\n"
            out += attachment.data.base64EncodedString(options: [.lineLength76Characters, .endLineWithLineFeed]) + "\n\n"
        }
        out += "--\(boundary)--\n"
        return Data(out.utf8)
    }

    /// `="name.pdf"` for ASCII names, `*=UTF-8''…` (RFC 2231) otherwise.
    private static func filenameParameter(_ filename: String) -> String {
        let clean = filename.filter { $0 != "\"" && $0 != "\\" && !$0.isNewline }
        if clean.allSatisfy({ $0.isASCII && !$0.isNewline }) { return "=\"\(clean)\"" }
        let allowed = CharacterSet.alphanumerics.intersection(CharacterSet(charactersIn: Unicode.Scalar(0)..<Unicode.Scalar(128)))
            .union(CharacterSet(charactersIn: "!#$&+-.^_`|~"))
        return "*=UTF-8''" + (clean.addingPercentEncoding(withAllowedCharacters: allowed) ?? "attachment")
    }

    private static func render(_ headers: [MailHeader]) -> String {
        headers.map { header in
            let value = header.value.replacingOccurrences(of: "\r", with: " ").replacingOccurrences(of: "\n", with: " ")
            return "\(header.name): \(value.allSatisfy(\.isASCII) ? value : MIMEWords.encode(value))\n"
        }.joined()
    }
}
