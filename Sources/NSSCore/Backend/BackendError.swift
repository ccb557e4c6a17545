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

    /// What the person reads.
    public var message: String {
        switch self {
        case .curpNotInRegistry:
            "Tu CURP está bien escrita, pero no aparece en el registro de población. Revisa que sea la tuya "
                + "(«¿No te sabes tu CURP?» la busca con tus datos); si es la tuya, corrígela en gob.mx/curp o pide "
                + "ayuda al personal."
        case .captchaWrong:
            "Los caracteres no coinciden con la imagen. Te mostramos otra; recuerda usar mayúsculas y minúsculas."
        case .captchaExpired:
            "La imagen caducó. Te mostramos otra."
        case .tooManyAttempts(let date):
            "Demasiados intentos. Vuelve a intentarlo a las \(MexicoCityTime.hourMinute(date))."
        case .confirmationExpired:
            "La liga o el código de confirmación caducó. Pide que te lo enviemos de nuevo."
        case .codeWrong(let left):
            left > 0
                ? "El código no coincide con el del correo. " + (left == 1 ? "Te queda 1 intento." : "Te quedan \(left) intentos.")
                : "El código no coincide y ya no quedan intentos. Pide un correo nuevo."
        case .notConfirmed:
            "Todavía no confirmas tu correo: abre la liga del mensaje o escribe el código."
        case .curpHasAnotherEmail:
            "Tu CURP ya tiene asociado otro correo y los trámites van a ese correo. Empieza de nuevo, o pide "
                + "al personal que lo cambie si ya no lo usas."
        case .applicationNotFound:
            "No encontramos tu solicitud. Empieza de nuevo, por favor."
        case .outOfOrder:
            "Ese paso todavía no está disponible. Sigue el orden de los pasos."
        case .unreachable:
            "No hay conexión con el servicio. No se perdió nada: intenta de nuevo en un momento."
        case .storageFull(let reference):
            "El disco del servicio está lleno: no se guardó nada de este paso (referencia \(reference)). "
                + "Pide ayuda al personal; lo que escribiste sigue aquí."
        case .internalError(let reference):
            "Ocurrió un error en el servicio (referencia \(reference)). Pide ayuda al personal."
        }
    }
}
