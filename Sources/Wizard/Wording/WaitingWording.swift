import NSSCore

/// What Paso 5 (waiting for the confirmation) says: a link to open only when the email carries one.
public enum WaitingWording {
    /// The seed's sentence, with the masked address — «hemos enviado» only when the email was handed
    /// over; otherwise it waits in the service's queue, which retries it, and the screen says so.
    public static func sent(_ ticket: ApplicationTicket) -> String {
        let what = ticket.carriesLink ? "una liga de confirmación" : "un código de confirmación"
        return ticket.emailDelivered
            ? "Para continuar con su trámite le hemos enviado \(what) a su correo electrónico: \(ticket.maskedEmail)"
            : "Para continuar con su trámite le enviaremos \(what) a su correo electrónico: \(ticket.maskedEmail) "
                + "(el envío se está reintentando y puede tardar unos minutos)"
    }

    /// After «Reenviar»: the new email replaces the earlier one, whose link and code stop working.
    public static func resent(_ ticket: ApplicationTicket) -> String {
        ticket.emailDelivered
            ? "Te enviamos un correo nuevo a \(ticket.maskedEmail). El anterior ya no sirve."
            : "Te enviaremos un correo nuevo a \(ticket.maskedEmail) en unos minutos (el envío se está reintentando). "
                + "El anterior ya no sirve."
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
