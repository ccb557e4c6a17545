import NSSCore

/// What the confirmation email is called on screens 3 to 5, in their help and in the line mode: its
/// subject, as the person looks for it in their inbox (the email carries the same words).
public enum ConfirmationEmailWording {
    public static var subject: String { Phrase.mailConfirmationSubject.text }
}
