import NSSCore

/// Settings of the wizard's behaviour that an office may change.
public struct WizardConfiguration: Hashable, Sendable {
    /// Seconds without a key before everything personal is wiped (default 3 minutes).
    public var idleSeconds: Int
    /// The same on the waiting screen, where the person is busy with their phone (default 10 minutes).
    public var waitingIdleSeconds: Int
    /// Seconds before the wipe during which a countdown is shown.
    public var idleWarningSeconds: Int
    /// Whether the confirmation email carries a link besides its code (the office gave its public
    /// address, `--public-url`): screens 2 to 4 promise what the email will actually bring.
    public var confirmationCarriesLink: Bool
    /// The captcha shown first: the line mode, made for screen readers and braille lines, starts with
    /// the spelled one; either front end lets the person switch.
    public var captchaKind: CaptchaKind
    /// The language every person starts in, and the others they may switch to on the first screen.
    public var languages: Languages

    public init(idleSeconds: Int = 180, waitingIdleSeconds: Int = 600, idleWarningSeconds: Int = 30,
                confirmationCarriesLink: Bool = false, captchaKind: CaptchaKind = .picture,
                languages: Languages = Languages()) {
        self.languages = languages
        self.idleSeconds = idleSeconds
        self.waitingIdleSeconds = waitingIdleSeconds
        self.idleWarningSeconds = idleWarningSeconds
        self.confirmationCarriesLink = confirmationCarriesLink
        self.captchaKind = captchaKind
    }
}
