/// An email address as mail providers accept it (RFC 5321 lengths, the RFC 5322 dot-atom that
/// providers allow), lowercased in its domain.
public struct EmailAddress: Hashable, Sendable, Codable, CustomStringConvertible {
    /// The address as it will be used: local part as typed, domain lowercased.
    public let value: String

    public init(_ typed: String) throws(EmailFailure) {
        switch Self.validate(typed) {
        case .success(let email): self = email
        case .failure(let failure): throw failure
        }
    }

    init(unchecked value: String) { self.value = value }

    private enum CodingKeys: String, CodingKey { case value }

    /// Decodes `{"value": "…"}` and validates it like a typed address.
    public init(from decoder: any Decoder) throws {
        self = try CheckedDecoding.decode(decoder, key: "value") { Self.validate($0).mapError { .init($0.message) } }
    }

    public var description: String { value }

    public var localPart: Substring { value[..<value.lastIndex(of: "@")!] }
    public var domain: Substring { value[value.index(after: value.lastIndex(of: "@")!)...] }

    /// Whether two addresses reach the same mailbox as mail systems treat them: the domain never
    /// depends on case, and no provider a person in Mexico uses tells `JOSE.PENA` from `jose.pena`
    /// either, though the standard would allow it.
    public func isSameMailbox(as other: EmailAddress) -> Bool {
        Self.sameMailbox(value, other.value)
    }

    /// `isSameMailbox` for two stored addresses.
    public static func sameMailbox(_ first: String, _ second: String) -> Bool {
        first.lowercased() == second.lowercased()
    }

    /// The address for a screen that others may see: `an***@gmail.com`.
    public var masked: String {
        let local = localPart
        let shown = local.count <= 2 ? String(local.prefix(1)) : String(local.prefix(2))
        return shown + "***@" + domain
    }

    /// Validates what a person typed (surrounding space is ignored).
    public static func validate(_ typed: String) -> Result<EmailAddress, EmailFailure> {
        EmailValidation.validate(typed)
    }

    /// A likely intended address when the domain looks like a typo of a common one
    /// ("ana@gmial.com" → "ana@gmail.com"), or nil.
    public static func suggestion(for typed: String) -> String? {
        EmailTypoSuggestion.suggest(typed)
    }
}

/// Why a text is not a usable email address.
public enum EmailFailure: Error, Hashable, Sendable {
    case empty
    case missingAt
    case severalAt
    case emptyLocalPart
    case emptyDomain
    case tooLong(actual: Int)
    case localPartTooLong(actual: Int)
    case characterNotAllowed(Character)
    case dotPlacement
    case domainWithoutDot
    case domainLabel(String)
    case topLevelDomain(String)

    public var code: String {
        switch self {
        case .empty: "vacio"
        case .missingAt: "sin-arroba"
        case .severalAt: "varias-arrobas"
        case .emptyLocalPart: "sin-usuario"
        case .emptyDomain: "sin-dominio"
        case .tooLong: "longitud"
        case .localPartTooLong: "usuario-largo"
        case .characterNotAllowed: "caracter"
        case .dotPlacement: "punto"
        case .domainWithoutDot: "dominio-sin-punto"
        case .domainLabel: "dominio"
        case .topLevelDomain: "terminacion"
        }
    }

    public var message: String {
        switch self {
        case .empty: Phrase.fieldEmptyEmail.text
        case .missingAt: Phrase.emailErrorMissingAt.text
        case .severalAt: Phrase.emailErrorSeveralAt.text
        case .emptyLocalPart: Phrase.emailErrorEmptyLocal.text
        case .emptyDomain: Phrase.emailErrorEmptyDomain.text
        case .tooLong(let n): Phrase.emailErrorTooLong.text(["n": String(n)])
        case .localPartTooLong(let n): Phrase.emailErrorLocalTooLong.text(["n": String(n)])
        case .characterNotAllowed(let ch):
            ch == " " ? Phrase.emailErrorSpace.text : Phrase.emailErrorCharacter.text(["caracter": CURPFailure.printable(ch)])
        case .dotPlacement: Phrase.emailErrorDots.text
        case .domainWithoutDot: Phrase.emailErrorDomainWithoutDot.text
        case .domainLabel(let label): Phrase.emailErrorDomainLabel.text(["dominio": label])
        case .topLevelDomain(let tld): Phrase.emailErrorTopLevel.text(["terminacion": tld])
        }
    }
}
