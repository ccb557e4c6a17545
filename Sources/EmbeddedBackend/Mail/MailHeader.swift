/// One header field of an email, its value as text (the message encodes non-ASCII when it renders).
public struct MailHeader: Sendable, Hashable {
    public var name: String
    public var value: String

    public init(_ name: String, _ value: String) {
        self.name = name
        self.value = value
    }
}
