import NSSCore

/// What Paso 5 (waiting for the confirmation) says: a link to open only when the email carries one.
public enum WaitingWording {
    /// The seed's sentence, with the masked address — «hemos enviado» only when the email was handed
    /// over; otherwise it waits in the service's queue, which retries it, and the screen says so.
    public static func sent(_ ticket: ApplicationTicket) -> String {
        let phrase: Phrase = switch (ticket.emailDelivered, ticket.carriesLink) {
        case (true, true): .waitingSentLink
        case (true, false): .waitingSentCode
        case (false, true): .waitingPendingLink
        case (false, false): .waitingPendingCode
        }
        return phrase.text(["correo": ticket.maskedEmail])
    }

    /// After «Reenviar»: the new email replaces the earlier one, whose link and code stop working.
    public static func resent(_ ticket: ApplicationTicket) -> String {
        (ticket.emailDelivered ? Phrase.waitingResent : .waitingResentPending).text(["correo": ticket.maskedEmail])
    }

    /// What to do with the email, one sentence a line.
    public static func how(carriesLink: Bool) -> [String] {
        let subject = ConfirmationEmailWording.subject
        return carriesLink
            ? [Phrase.waitingHowLink.text(["asunto": subject]), Phrase.waitingHowLinkElsewhere.text]
            : [Phrase.waitingHowCode.text(["asunto": subject])]
    }

    /// «El código vence», or «La liga y el código vencen», before the time.
    public static func expires(carriesLink: Bool) -> String {
        carriesLink ? Phrase.waitingExpiresLink.text : Phrase.waitingExpiresCode.text
    }

    public static func help(carriesLink: Bool) -> String {
        (carriesLink ? Phrase.waitingHelpLink : .waitingHelpCode).text(["asunto": ConfirmationEmailWording.subject])
    }
}
