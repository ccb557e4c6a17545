/// `newCaptcha`'s input: the kind of captcha, and the language of the person who reads it — a spelled
/// captcha is said in it; a picture is the same in any.
public struct CaptchaRequest: Hashable, Sendable, Codable {
    public var kind: CaptchaKind
    /// The code of the person's catalogue (`en`); a backend without that catalogue spells in Spanish.
    public var language: String

    public init(_ kind: CaptchaKind, language: String = Catalogue.spanish.code) {
        self.kind = kind
        self.language = language
    }

    private enum CodingKeys: String, CodingKey { case kind, language }

    /// A request without a language is in Spanish; so is one of the earlier form, the bare kind (`"picture"`).
    public init(from decoder: any Decoder) throws {
        if let kind = try? decoder.singleValueContainer().decode(CaptchaKind.self) {
            self.kind = kind
            language = Catalogue.spanish.code
            return
        }
        let container = try decoder.container(keyedBy: CodingKeys.self)
        kind = try container.decode(CaptchaKind.self, forKey: .kind)
        language = try container.decodeIfPresent(String.self, forKey: .language) ?? Catalogue.spanish.code
    }
}
