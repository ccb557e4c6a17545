/// The two forms of captcha a backend issues. Both are single use, expire alike and count alike against
/// the attempt limits; they differ in what a person reads and in how the answer is compared
/// (`CaptchaAnswerRule`).
public enum CaptchaKind: String, Hashable, Sendable, Codable, CaseIterable {
    /// ASCII art of letters and digits, answered exactly as drawn: capitals and small letters differ.
    case picture
    /// The accessible alternative for screen readers and braille lines: one line of Spanish per character
    /// to type, in order («Letra ge, como en «gato».», «Número siete.»). Nothing in it depends on sight or
    /// sound; its answer ignores case and what is typed between the characters.
    case spelled

    /// The kind a person switches to from this one.
    public var other: CaptchaKind { self == .picture ? .spelled : .picture }
}
