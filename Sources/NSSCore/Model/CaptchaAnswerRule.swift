/// How a typed answer is compared with a captcha's, for each kind: the backend checks with it and the
/// screens tell the person the same rule.
public enum CaptchaAnswerRule {
    /// Whether `typed` answers a captcha of `kind` whose answer is `answer`.
    public static func accepts(_ typed: String, answer: String, kind: CaptchaKind) -> Bool {
        switch kind {
        case .picture: typed == answer
        case .spelled: comparable(typed) == comparable(answer)
        }
    }

    /// Whether case matters for this kind: the picture draws capitals and small letters apart, while a
    /// spelled character is said without its case (a screen reader seldom says it while echoing).
    public static func isCaseSensitive(_ kind: CaptchaKind) -> Bool { kind == .picture }

    /// A spelled answer as compared: small letters and digits only, so «G 7 a», «g7A» and «g-7-a» are one
    /// answer.
    static func comparable(_ text: String) -> String {
        String(text.lowercased().filter { $0.isLetter || $0.isNumber })
    }
}
