/// The characters a captcha is drawn from: none that a person could mistake for another at terminal size.
///
/// Left out: 0 O o (zero and oh), 1 l I i (one, ell, eye), and every letter whose capital and small
/// forms differ mostly in size (C O S U V W X Z, and J K P Y, which look alike in a block font), as well
/// as Q q 6 8 9, which blur into O g b B g. What is left reads unambiguously even with light noise.
public enum CaptchaAlphabet {
    public static let uppercase = "ABDEFGHMNRT"
    public static let lowercase = "abdefghmnrt"
    public static let digits = "23457"

    /// Every symbol, capitals first.
    public static let symbols = uppercase + lowercase + digits

    /// The longest fixed test answer that still fits the 72-column picture.
    public static let maximumTestAnswerLength = 8

    /// How many characters a real challenge has.
    public static let challengeLengths = 5...6

    public static func contains(_ character: Character) -> Bool { symbols.contains(character) }
}
