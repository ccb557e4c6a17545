import FoundationEssentials

/// Identifies one captcha image issued by a backend.
public struct CaptchaID: Hashable, Sendable, Codable, RawRepresentable {
    public let rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }
    /// Refuses what no backend issues (`IssuedIdentifier`).
    public init(from decoder: any Decoder) throws { rawValue = try IssuedIdentifier.decode(from: decoder) }
}

/// A captcha to show, to be answered before it expires: a picture, or its accessible alternative.
public struct CaptchaChallenge: Hashable, Sendable, Codable {
    public var id: CaptchaID
    public var kind: CaptchaKind
    /// For a picture, one string per terminal row, printable ASCII only. For a spelled captcha, one
    /// self-contained Spanish sentence per character to type, in order.
    public var lines: [String]
    public var expiresAt: Date
    /// True when the backend runs with a fixed test answer: every screen must say so plainly.
    public var isTestMode: Bool

    public init(id: CaptchaID, kind: CaptchaKind = .picture, lines: [String], expiresAt: Date, isTestMode: Bool) {
        self.id = id
        self.kind = kind
        self.lines = lines
        self.expiresAt = expiresAt
        self.isTestMode = isTestMode
    }
}
