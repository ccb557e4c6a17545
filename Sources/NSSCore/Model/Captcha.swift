import FoundationEssentials

/// Identifies one captcha image issued by a backend.
public struct CaptchaID: Hashable, Sendable, Codable, RawRepresentable {
    public let rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }
}

/// A captcha to show: ASCII-art lines, to be answered case-sensitively before it expires.
public struct CaptchaChallenge: Hashable, Sendable, Codable {
    public var id: CaptchaID
    /// The picture, one string per terminal row, printable ASCII only.
    public var lines: [String]
    public var expiresAt: Date
    /// True when the backend runs with a fixed test answer: every screen must say so plainly.
    public var isTestMode: Bool

    public init(id: CaptchaID, lines: [String], expiresAt: Date, isTestMode: Bool) {
        self.id = id
        self.lines = lines
        self.expiresAt = expiresAt
        self.isTestMode = isTestMode
    }
}
