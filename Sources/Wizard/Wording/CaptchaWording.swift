/// What Paso 4 (the captcha) says, besides the picture and its reading.
public enum CaptchaWording {
    public static let ask = "Para continuar escribe los caracteres de la imagen."
    public static let caseMatters = "Usa mayúsculas y minúsculas."

    /// What continuing does: the email is sent.
    public static func afterwards(carriesLink: Bool) -> String {
        "Al continuar te enviaremos \(ConfirmationEmailWording.contentsDefinite(carriesLink: carriesLink)) a tu correo."
    }

    public static let help = "Escribe los caracteres que ves en la imagen, respetando mayúsculas y minúsculas: la "
        + "«A» grande no es la «a» chica.\nSi no se lee bien, pide «Otra imagen». Si no puedes ver la imagen, "
        + "pide ayuda al personal."
}
