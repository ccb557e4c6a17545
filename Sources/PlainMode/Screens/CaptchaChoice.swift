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
        case .spelled: Phrase.lineSpelledIntro.text
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
            Phrase.linePictureCommands.text(["letras": Command.spelled.typed, "otra": Command.otherCaptcha.typed])
        case .spelled:
            Phrase.lineSpelledCommands.text(["otra": Command.otherCaptcha.typed, "imagen": Command.picture.typed])
        }
    }
}
