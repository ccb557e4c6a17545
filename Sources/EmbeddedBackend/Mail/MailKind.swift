/// Which email of the procedure a message is, in its `X-NSS-Message` header, so tools can tell the
/// confirmation from the result without reading the text.
public enum MailKind: String, Sendable, CaseIterable {
    case confirmation = "confirmacion"
    case result = "resultado"

    /// The header naming the application a message belongs to (an opaque id, no personal data).
    public static let applicationHeader = "X-NSS-Application"
    /// The header carrying the `MailKind`.
    public static let kindHeader = "X-NSS-Message"
    /// The language the message is written in, by its catalogue's code (RFC 3282).
    public static let languageHeader = "Content-Language"
}
