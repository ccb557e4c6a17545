import NSSCore

/// How the captcha is put into lines: the spelled captcha as it is; the picture framed by what it is,
/// since a screen reader cannot read ASCII art, with its text only when the backend is in test mode;
/// then how to get another or the other kind.
enum CaptchaReading {
    static func lines(for captcha: CaptchaChallenge, testAnswer: String?) -> [String] {
        var lines: [String] = []
        if captcha.isTestMode {
            lines.append("Atención: el servicio está en modo de prueba; el captcha tiene siempre la misma respuesta.")
        }
        if captcha.kind == .spelled {
            return lines + CaptchaChoice.spelledLines(captcha) + [CaptchaChoice.commands(.spelled)]
        }
        lines.append("Sigue la imagen: \(captcha.lines.count) líneas de caracteres que dibujan letras (arte ASCII). "
            + "Un lector de pantalla no puede leerla.")
        lines += captcha.lines
        lines.append("Fin de la imagen.")
        if captcha.isTestMode, let testAnswer {
            lines.append("Texto de la imagen, sólo en modo de prueba: \(testAnswer).")
            lines.append("Letra por letra: \(spelled(testAnswer)).")
        } else {
            lines.append(CaptchaChoice.commands(.picture))
        }
        return lines
    }

    /// "A mayúscula, b minúscula, 7": a screen reader says case only when told.
    static func spelled(_ text: String) -> String {
        text.map { character in
            if character.isUppercase { return "\(character) mayúscula" }
            if character.isLowercase { return "\(character) minúscula" }
            return String(character)
        }.joined(separator: ", ")
    }
}
