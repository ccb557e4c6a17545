import FoundationEssentials

/// Every way a backend call can fail, as a closed set the screens can word in Spanish.
/// None of them carries personal data.
public enum BackendError: Error, Hashable, Sendable, Codable {
    /// The CURP is valid but not in the registry.
    case curpNotInRegistry
    /// The captcha answer is wrong; a new image is needed.
    case captchaWrong
    /// The captcha expired or was already used.
    case captchaExpired
    /// Too many attempts from this terminal or for this CURP; try again at `retryAfter`.
    case tooManyAttempts(retryAfter: Date)
    /// The link or code of the confirmation email expired (or a newer one replaced it).
    case confirmationExpired
    /// The code typed does not match the one in the email.
    case codeWrong(attemptsLeft: Int)
    /// The email is not confirmed yet.
    case notConfirmed
    /// The CURP already has another confirmed email, to which its procedures go; this application's
    /// address cannot be confirmed for it.
    case curpHasAnotherEmail
    /// The application does not exist (or was wiped).
    case applicationNotFound
    /// The procedure is not at a stage where this call makes sense (Paso 2 before Paso 1, say).
    case outOfOrder
    /// The service cannot be reached right now; nothing is lost, try again.
    case unreachable
    /// The service's disk is full: the call changed nothing. `reference` finds the log line.
    case storageFull(reference: String)
    /// Anything else; `reference` is an opaque id for staff, never personal data.
    case internalError(reference: String)

    /// A stable name for the refusal, the same everywhere it is written down: the audit log, the service's
    /// log, the office server's problem answers. No personal data.
    public var code: String {
        switch self {
        case .curpNotInRegistry: "curp-not-in-registry"
        case .captchaWrong: "captcha-wrong"
        case .captchaExpired: "captcha-expired"
        case .tooManyAttempts: "too-many-attempts"
        case .confirmationExpired: "confirmation-expired"
        case .codeWrong: "code-wrong"
        case .notConfirmed: "not-confirmed"
        case .curpHasAnotherEmail: "curp-has-another-email"
        case .applicationNotFound: "application-not-found"
        case .outOfOrder: "out-of-order"
        case .unreachable: "unreachable"
        case .storageFull: "storage-full"
        case .internalError: "internal"
        }
    }

    /// What the person reads, in the current catalogue (Spanish for staff and logs).
    public var message: String {
        switch self {
        case .curpNotInRegistry: Phrase.errorCurpNotInRegistry.text
        case .captchaWrong: Phrase.errorCaptchaWrong.text
        case .captchaExpired: Phrase.errorCaptchaExpired.text
        case .tooManyAttempts(let date): Phrase.errorTooManyAttempts.text(["hora": MexicoCityTime.hourMinute(date)])
        case .confirmationExpired: Phrase.errorConfirmationExpired.text
        case .codeWrong(let left):
            switch left {
            case ...0: Phrase.errorCodeWrongNone.text
            case 1: Phrase.errorCodeWrongOne.text
            default: Phrase.errorCodeWrongMany.text(["n": String(left)])
            }
        case .notConfirmed: Phrase.errorNotConfirmed.text
        case .curpHasAnotherEmail: Phrase.errorCurpHasAnotherEmail.text
        case .applicationNotFound: Phrase.errorApplicationNotFound.text
        case .outOfOrder: Phrase.errorOutOfOrder.text
        case .unreachable: Phrase.errorUnreachable.text
        case .storageFull(let reference): Phrase.errorStorageFull.text(["referencia": reference])
        case .internalError(let reference): Phrase.errorInternal.text(["referencia": reference])
        }
    }
}
