import NSSCore

/// What Paso 2 (the email) says: the email brings a link besides its code only where the office has a
/// public address (`--public-url`), and nothing promises a link the email will not carry.
public enum EmailWording {
    public static var ask: String { Phrase.emailAsk.text }

    /// Under the field: what the email will bring.
    public static func promise(carriesLink: Bool) -> String {
        carriesLink ? Phrase.emailPromiseLink.text : Phrase.emailPromiseCode.text
    }

    public static func help(carriesLink: Bool) -> String {
        carriesLink ? Phrase.emailHelpLink.text : Phrase.emailHelpCode.text
    }
}

/// What Paso 3 (the email again) says.
public enum EmailConfirmationWording {
    public static var ask: String { Phrase.emailConfirmationAsk.text }
    public static var help: String { Phrase.emailConfirmationHelp.text }
}
