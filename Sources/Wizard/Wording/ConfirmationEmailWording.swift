/// What the confirmation email brings, in the same words on screens 2 to 5, in their help and in the line
/// mode: its 8-character code, and a link beside it only where the office has a public address
/// (`--public-url`). Nothing promises a link the email will not carry.
public enum ConfirmationEmailWording {
    /// The email's subject, as the person looks for it in their inbox.
    public static let subject = "Servicio Digital: Solicitud de Asignación o Localización de NSS"

    /// «un código de confirmación», or «una liga y un código de confirmación».
    public static func contents(carriesLink: Bool) -> String {
        carriesLink ? "una liga y un código de confirmación" : "un código de confirmación"
    }

    /// «el código de confirmación», or «la liga y el código de confirmación».
    public static func contentsDefinite(carriesLink: Bool) -> String {
        carriesLink ? "la liga y el código de confirmación" : "el código de confirmación"
    }
}
