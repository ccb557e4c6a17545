import FoundationEssentials

/// Identifies one application (one run of the procedure for one CURP and email).
public struct ApplicationID: Hashable, Sendable, Codable, RawRepresentable {
    public let rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }
    /// Refuses what no backend issues (`IssuedIdentifier`).
    public init(from decoder: any Decoder) throws { rawValue = try IssuedIdentifier.decode(from: decoder) }
}

/// What "PULSA CONTINUAR" sends: the CURP, the email, the captcha answer, and the language the person
/// is reading, which their emails are written in.
public struct ApplicationRequest: Hashable, Sendable, Codable {
    public var curp: CURP
    public var email: EmailAddress
    public var captchaID: CaptchaID
    public var captchaAnswer: String
    /// The code of the person's catalogue (`en`); a backend without that catalogue writes in Spanish.
    public var language: String

    public init(curp: CURP, email: EmailAddress, captchaID: CaptchaID, captchaAnswer: String,
                language: String = Catalogue.spanish.code) {
        self.curp = curp
        self.email = email
        self.captchaID = captchaID
        self.captchaAnswer = captchaAnswer
        self.language = language
    }

    private enum CodingKeys: String, CodingKey { case curp, email, captchaID, captchaAnswer, language }

    /// A request without a language is in Spanish.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        curp = try container.decode(CURP.self, forKey: .curp)
        email = try container.decode(EmailAddress.self, forKey: .email)
        captchaID = try container.decode(CaptchaID.self, forKey: .captchaID)
        captchaAnswer = try container.decode(String.self, forKey: .captchaAnswer)
        language = try container.decodeIfPresent(String.self, forKey: .language) ?? Catalogue.spanish.code
    }
}

/// The backend's answer to a submitted application: the confirmation email is on its way.
public struct ApplicationTicket: Hashable, Sendable, Codable {
    public var id: ApplicationID
    /// The address the email went to, masked for the screen (`an***@gmail.com`).
    public var maskedEmail: String
    /// When the link and code stop working.
    public var expiresAt: Date
    /// Whether the email carries a link a phone can open; when false, only the code works.
    public var carriesLink: Bool
    /// Whether the email went to the address already associated with the CURP rather than the one
    /// typed: once a CURP has a confirmed email, its procedures go there (staff change it).
    public var toAssociatedEmail: Bool
    /// Whether the email was already handed over (written to the outbox or accepted by the mail command)
    /// when the backend answered; when false it is queued and retried, and the screens say it is on its way.
    public var emailDelivered: Bool

    public init(id: ApplicationID, maskedEmail: String, expiresAt: Date, carriesLink: Bool,
                toAssociatedEmail: Bool = false, emailDelivered: Bool = true) {
        self.id = id
        self.maskedEmail = maskedEmail
        self.expiresAt = expiresAt
        self.carriesLink = carriesLink
        self.toAssociatedEmail = toAssociatedEmail
        self.emailDelivered = emailDelivered
    }
}

/// Where the email confirmation of an application stands.
public enum ConfirmationStatus: Hashable, Sendable, Codable {
    case pending(expiresAt: Date)
    case confirmed
    case expired
}
