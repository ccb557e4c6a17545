import NSSCore
import Wizard

/// What the line mode says about the captcha's two kinds: how the step opens for each, and the commands
/// that switch between them. The line mode starts with the spelled captcha, which a screen reader and a
/// braille line read like any other line.
enum CaptchaChoice {
    /// The step's first line after its title.
    static func intro(_ kind: CaptchaKind) -> String {
        switch kind {
        case .picture: "\(CaptchaWording.ask) \(CaptchaWording.caseRule(.picture))"
        case .spelled: "Para continuar escribe los caracteres que te deletreamos, uno por línea."
        }
    }

    /// The spelled captcha as lines: what to type and its case rule, then one character per line.
    static func spelledLines(_ captcha: CaptchaChallenge) -> [String] {
        [CaptchaWording.spelledInstruction(count: captcha.lines.count)] + captcha.lines
    }

    /// The line after the captcha: another one, or the other kind.
    static func commands(_ kind: CaptchaKind) -> String {
        switch kind {
        case .picture:
            "Si no puedes leer la imagen, escribe \(Command.spelled.typed) y te deletreamos los caracteres; "
                + "\(Command.otherCaptcha.typed) muestra otra imagen."
        case .spelled:
            "Escribe \(Command.otherCaptcha.typed) para otros caracteres, o \(Command.picture.typed) "
                + "si prefieres leerlos en una imagen."
        }
    }
}
