/// The short code of the confirmation email as a person types it: 8 characters, dash and spaces optional.
public enum ConfirmationCodeFormat {
    public static let length = 8

    /// Uppercased, without spaces or dashes.
    public static func normalize(_ typed: String) -> String {
        String(typed.uppercased().filter { $0 != " " && $0 != "-" })
    }
}
