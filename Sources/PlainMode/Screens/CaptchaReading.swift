import NSSCore

/// How the captcha is put into lines: the spelled captcha as it is; the picture framed by what it is,
/// since a screen reader cannot read ASCII art, with its text only when the backend is in test mode;
/// then how to get another or the other kind.
enum CaptchaReading {
    static func lines(for captcha: CaptchaChallenge, testAnswer: String?) -> [String] {
        var lines: [String] = []
        if captcha.isTestMode {
            lines.append(Phrase.lineTestMode.text)
        }
        if captcha.kind == .spelled {
            return lines + CaptchaChoice.spelledLines(captcha) + [CaptchaChoice.commands(.spelled)]
        }
        lines.append(Phrase.linePictureFollows.text(["n": String(captcha.lines.count)]))
        lines += captcha.lines
        lines.append(Phrase.linePictureEnd.text)
        if captcha.isTestMode, let testAnswer {
            lines.append(Phrase.lineTestAnswer.text(["respuesta": testAnswer]))
            lines.append(Phrase.lineLetterByLetter.text(["letras": spelled(testAnswer)]))
        } else {
            lines.append(CaptchaChoice.commands(.picture))
        }
        return lines
    }

    /// "A mayúscula, b minúscula, 7": a screen reader says case only when told.
    static func spelled(_ text: String) -> String {
        text.map { character in
            if character.isUppercase { return Phrase.lineUppercase.text(["letra": String(character)]) }
            if character.isLowercase { return Phrase.lineLowercase.text(["letra": String(character)]) }
            return String(character)
        }.joined(separator: ", ")
    }
}
