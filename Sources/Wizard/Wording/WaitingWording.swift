import NSSCore

/// What Paso 5 (waiting for the confirmation) says: a link to open only when the email carries one.
public enum WaitingWording {
    /// The seed's sentence, with the masked address.
    public static func sent(to maskedEmail: String, carriesLink: Bool) -> String {
        "Para continuar con su trámite le hemos enviado "
            + (carriesLink ? "una liga de confirmación" : "un código de confirmación")
            + " a su correo electrónico: \(maskedEmail)"
    }

    /// What to do with the email, one sentence a line.
    public static func how(carriesLink: Bool) -> [String] {
        let open = "Abre el mensaje «\(ConfirmationEmailWording.subject)»"
        return carriesLink
            ? ["\(open) y pulsa la liga: el trámite seguirá solo.",
               "¿Lees tu correo en otro lado? Escribe aquí el código de 8 caracteres del mismo correo."]
            : ["\(open) y escribe aquí el código de 8 caracteres que trae."]
    }

    /// «El código vence», or «La liga y el código vencen», before the time.
    public static func expires(carriesLink: Bool) -> String {
        carriesLink ? "La liga y el código vencen" : "El código vence"
    }

    public static func help(carriesLink: Bool) -> String {
        "Te enviamos un correo «\(ConfirmationEmailWording.subject)». "
            + (carriesLink ? "Abre la liga que trae y el trámite seguirá solo; o escribe aquí el código de 8 "
                + "caracteres del mismo correo." : "Escribe aquí el código de 8 caracteres que trae.")
            + "\nSi no llega, revisa tu carpeta de correo no deseado o pide que te lo reenviemos. Si el correo "
            + "está mal, cámbialo."
    }
}
