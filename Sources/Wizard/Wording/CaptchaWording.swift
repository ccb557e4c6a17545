import NSSCore

/// What Paso 4 (the captcha) says, once for both front ends and both kinds of captcha: how each is
/// answered (its case rule, said plainly), how to switch between them, and what a refused answer means
/// for the kind that was answered.
public enum CaptchaWording {
    public static let ask = "Para continuar escribe los caracteres de la imagen."

    /// What continuing does: the email is sent.
    public static func afterwards(carriesLink: Bool) -> String {
        "Al continuar te enviaremos \(ConfirmationEmailWording.contentsDefinite(carriesLink: carriesLink)) a tu correo."
    }

    public static let help = "Escribe los caracteres que ves en la imagen, respetando mayúsculas y minúsculas: la "
        + "«A» grande no es la «a» chica.\nSi no se lee bien, pide «Otra imagen». Si no puedes ver la imagen, pide "
        + "el captcha «Sin imagen»: te deletreamos los caracteres uno por uno, y ahí no importa si usas "
        + "mayúsculas o minúsculas. «Con imagen» vuelve a la imagen."

    /// The hint-line word, and the button label, of the key that switches to `kind`.
    public static func switchLabel(to kind: CaptchaKind) -> String {
        kind == .spelled ? "Sin imagen" : "Con imagen"
    }

    /// What the switch to `kind` does, for the F1 help (whose screen text explains the spelled captcha).
    public static func switchMeaning(to kind: CaptchaKind) -> String {
        kind == .spelled ? "Captcha sin imagen" : "Captcha con imagen"
    }

    /// The label of «Otra imagen» for the kind shown.
    public static func refreshLabel(_ kind: CaptchaKind) -> String {
        kind == .picture ? "Otra imagen" : "Otros caracteres"
    }

    /// The line above a spelled captcha's characters: what to type, and that case does not matter.
    public static func spelledInstruction(count: Int) -> String {
        "Escribe estos \(count) caracteres seguidos y en orden, sin espacios. "
            + "No importa si usas mayúsculas o minúsculas."
    }

    /// The quiet hint under the answer field: the kind's case rule in a few words.
    public static func caseRule(_ kind: CaptchaKind) -> String {
        CaptchaAnswerRule.isCaseSensitive(kind) ? "Usa mayúsculas y minúsculas." : "Mayúsculas o minúsculas, da igual."
    }

    /// While the captcha is on its way.
    public static func loading(_ kind: CaptchaKind) -> String {
        kind == .picture ? "Cargando la imagen" : "Preparando los caracteres"
    }

    /// Continuar pressed before the captcha arrived.
    public static func wait(_ kind: CaptchaKind) -> String {
        kind == .picture ? "Espera a que aparezca la imagen; la estamos pidiendo."
                         : "Espera a que aparezcan los caracteres; los estamos pidiendo."
    }

    /// Continuar pressed with the answer empty.
    public static func missingAnswer(_ kind: CaptchaKind) -> String {
        kind == .picture ? "Escribe los caracteres de la imagen." : "Escribe los caracteres que te deletreamos."
    }

    /// What a refused answer says: the backend's words for a picture, the spelled captcha's own otherwise.
    public static func refusal(_ error: BackendError, kind: CaptchaKind) -> String {
        switch (error, kind) {
        case (.captchaWrong, .spelled):
            "Los caracteres no coinciden. Te damos otros; escríbelos seguidos y en el mismo orden."
        case (.captchaExpired, .spelled):
            "Esos caracteres caducaron. Te damos otros."
        default:
            error.message
        }
    }
}
