import NSSCore

/// What Paso 4 (the captcha) says, once for both front ends and both kinds of captcha: how each is
/// answered (its case rule, said plainly), how to switch between them, and what a refused answer means
/// for the kind that was answered.
public enum CaptchaWording {
    public static var ask: String { Phrase.captchaAsk.text }

    /// What continuing does: the email is sent.
    public static func afterwards(carriesLink: Bool) -> String {
        carriesLink ? Phrase.captchaAfterwardsLink.text : Phrase.captchaAfterwardsCode.text
    }

    public static var help: String { Phrase.captchaHelp.text }

    /// The hint-line word, and the button label, of the key that switches to `kind`.
    public static func switchLabel(to kind: CaptchaKind) -> String {
        kind == .spelled ? Phrase.captchaToSpelled.text : Phrase.captchaToPicture.text
    }

    /// What the switch to `kind` does, for the F1 help (whose screen text explains the spelled captcha).
    public static func switchMeaning(to kind: CaptchaKind) -> String {
        kind == .spelled ? Phrase.captchaToSpelledMeaning.text : Phrase.captchaToPictureMeaning.text
    }

    /// The label of «Otra imagen» for the kind shown.
    public static func refreshLabel(_ kind: CaptchaKind) -> String {
        kind == .picture ? Phrase.captchaRefreshPicture.text : Phrase.captchaRefreshSpelled.text
    }

    /// The line above a spelled captcha's characters: what to type, and that case does not matter.
    public static func spelledInstruction(count: Int) -> String {
        Phrase.captchaSpelledInstruction.text(["n": String(count)])
    }

    /// The quiet hint under the answer field: the kind's case rule in a few words.
    public static func caseRule(_ kind: CaptchaKind) -> String {
        CaptchaAnswerRule.isCaseSensitive(kind) ? Phrase.captchaCaseSensitive.text : Phrase.captchaCaseInsensitive.text
    }

    /// While the captcha is on its way.
    public static func loading(_ kind: CaptchaKind) -> String {
        kind == .picture ? Phrase.captchaLoadingPicture.text : Phrase.captchaLoadingSpelled.text
    }

    /// Continuar pressed before the captcha arrived.
    public static func wait(_ kind: CaptchaKind) -> String {
        kind == .picture ? Phrase.captchaWaitPicture.text : Phrase.captchaWaitSpelled.text
    }

    /// Continuar pressed with the answer empty.
    public static func missingAnswer(_ kind: CaptchaKind) -> String {
        kind == .picture ? Phrase.captchaMissingPicture.text : Phrase.captchaMissingSpelled.text
    }

    /// What a refused answer says: the backend's words for a picture, the spelled captcha's own otherwise.
    public static func refusal(_ error: BackendError, kind: CaptchaKind) -> String {
        switch (error, kind) {
        case (.captchaWrong, .spelled): Phrase.captchaWrongSpelled.text
        case (.captchaExpired, .spelled): Phrase.captchaExpiredSpelled.text
        default: error.message
        }
    }
}
