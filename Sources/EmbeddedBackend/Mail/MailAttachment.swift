import Foundation

/// A file carried by an email (the documents' PDFs), sent base64-encoded.
public struct MailAttachment: Sendable, Hashable {
    /// The name the mail client offers when saving; may hold accents.
    public var filename: String
    /// The MIME type, e.g. `application/pdf`.
    public var contentType: String
    public var data: Data

    public init(filename: String, contentType: String, data: Data) {
        self.filename = filename
        self.contentType = contentType
        self.data = data
    }
}
