import NSSCore

/// How the captcha is put into lines: the picture framed by what it is, since a screen reader cannot
/// read ASCII art; the text itself only when the backend is in test mode; otherwise who can help.
enum CaptchaReading {
    static func lines(for captcha: CaptchaChallenge, testAnswer: String?) -> [String] {
        var lines: [String] = []
        if captcha.isTestMode {
            lines.append("Atención: el servicio está en modo de prueba; el captcha tiene siempre la misma respuesta.")
        }
        lines.append("Sigue la imagen: \(captcha.lines.count) líneas de caracteres que dibujan letras (arte ASCII). "
            + "Un lector de pantalla no puede leerla.")
        lines += captcha.lines
        lines.append("Fin de la imagen.")
        if captcha.isTestMode, let testAnswer {
            lines.append("Texto de la imagen, sólo en modo de prueba: \(testAnswer).")
            lines.append("Letra por letra: \(spelled(testAnswer)).")
        } else {
            lines.append("Si no puedes leer la imagen, pide ayuda al personal, o escribe :otra para ver otra.")
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
