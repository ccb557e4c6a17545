import Wizard

/// How a plain-mode session behaves: a kiosk that starts over for the next person or a session that
/// ends, plain ASCII or UTF-8, and how long it waits for someone who stopped typing.
public struct PlainOptions: Sendable, Hashable {
    /// A kiosk starts over after Salir or Terminar; otherwise the session ends there. Both start over
    /// after the idle timeout.
    public var kiosk: Bool
    /// Write only ASCII (`ASCIIFallback`, as the screens: á → a, ñ → n, ¿ dropped), for a terminal whose
    /// locale is not UTF-8.
    public var ascii: Bool
    /// Seconds without an answer before everything personal is wiped.
    public var idleSeconds: Int
    /// The same on the screen that waits for the email confirmation, where the person is busy with
    /// their phone.
    public var waitingIdleSeconds: Int
    /// Seconds before the wipe at which the person is asked whether they are still there.
    public var idleWarningSeconds: Int
    /// How often the backend is asked whether the email was confirmed, and the idle clock read.
    public var tickInterval: Duration
    /// The fixed captcha answer of a backend that runs in test mode. It is read out with a picture only
    /// while the captcha itself says it is in test mode (a spelled captcha spells it anyway).
    public var testCaptchaAnswer: String?
    /// On every wipe, clear the screen and the terminal's scrollback (and, for a terminal that knows
    /// no escape sequences, push the lines above out of sight with blank lines) before starting over:
    /// the program sets it at a kiosk, where the next person sits at the same screen.
    public var clearsScreenOnWipe = false
    /// Whether the confirmation email carries a link besides its code (`--public-url`).
    public var confirmationCarriesLink = false
    /// `--resume`: first the numbered list of this account's applications that can be taken up.
    public var resume = false

    public init(kiosk: Bool = false, ascii: Bool = false,
                idleSeconds: Int = WizardConfiguration().idleSeconds,
                waitingIdleSeconds: Int = WizardConfiguration().waitingIdleSeconds,
                idleWarningSeconds: Int = WizardConfiguration().idleWarningSeconds,
                tickInterval: Duration = .seconds(1), testCaptchaAnswer: String? = nil) {
        self.kiosk = kiosk
        self.ascii = ascii
        self.idleSeconds = idleSeconds
        self.waitingIdleSeconds = waitingIdleSeconds
        self.idleWarningSeconds = idleWarningSeconds
        self.tickInterval = tickInterval
        self.testCaptchaAnswer = testCaptchaAnswer
    }

    /// Whether the locale of `environment` (LC_ALL, then LC_CTYPE, then LANG) is UTF-8; when it is
    /// not, or none is set, `ascii` should be on.
    public static func localeIsUTF8(_ environment: [String: String]) -> Bool {
        let locale = ["LC_ALL", "LC_CTYPE", "LANG"].lazy.compactMap { environment[$0] }.first { !$0.isEmpty } ?? ""
        let lowered = locale.lowercased()
        return lowered.contains("utf-8") || lowered.contains("utf8")
    }

    /// The language every person starts in and the others offered.
    public var languages = Languages()

    /// The wizard's own settings for these timeouts.
    var wizardConfiguration: WizardConfiguration {
        WizardConfiguration(idleSeconds: idleSeconds, waitingIdleSeconds: waitingIdleSeconds,
                            idleWarningSeconds: idleWarningSeconds, confirmationCarriesLink: confirmationCarriesLink,
                            captchaKind: .spelled, languages: languages)
    }
}
