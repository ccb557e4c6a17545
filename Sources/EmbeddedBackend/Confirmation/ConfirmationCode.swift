/// The short code of the confirmation email, typed at the terminal: 8 characters from an alphabet
/// without 0/O, 1/I/L, shown as `XXXX-XXXX`, accepted with or without the dash, in any case.
enum ConfirmationCode {
    static let alphabet = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"
    static let length = 8

    static func generate() -> String { RandomText.string(length: length, from: alphabet) }

    /// `ABCD-EFGH`, as the email prints it.
    static func display(_ code: String) -> String { "\(code.prefix(4))-\(code.dropFirst(4))" }

    /// What a person typed, made comparable: spaces and dashes dropped, uppercased.
    static func normalize(_ typed: String) -> String {
        String(typed.filter { !$0.isWhitespace && $0 != "-" && $0 != "‐" && $0 != "–" }).uppercased()
    }

    /// The stored form: bound to its application, so one code's digest opens nothing else.
    static func digest(_ code: String, application: String) -> String {
        SecretDigest.of("code:\(application):\(normalize(code))")
    }
}
