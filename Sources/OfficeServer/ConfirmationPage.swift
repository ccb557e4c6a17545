import EmbeddedBackend
import NSSCore

/// The page a phone shows when the person opens the link of the confirmation email: in Spanish, large
/// text that fits a small screen, nothing loaded from elsewhere, and every text escaped.
struct ConfirmationPage: Equatable {
    /// The heading, and the browser tab's title.
    let title: String
    let paragraphs: [String]
    /// Whether the news is good (the email is confirmed, now or before).
    let confirmed: Bool

    /// What the page says for a link opened with this outcome.
    static func after(_ opening: LinkOpening) -> ConfirmationPage {
        switch opening {
        case .confirmed:
            ConfirmationPage(title: "Correo confirmado", paragraphs: [
                "Tu correo electrónico quedó confirmado.",
                "Regresa a la terminal donde iniciaste tu trámite: continuará sola en unos segundos.",
            ], confirmed: true)
        case .alreadyConfirmed:
            ConfirmationPage(title: "Tu correo ya estaba confirmado", paragraphs: [
                "Esta liga ya se había usado: tu correo ya estaba confirmado y no hace falta nada más.",
                "Continúa en la terminal donde iniciaste tu trámite.",
            ], confirmed: true)
        case .expired:
            ConfirmationPage(title: "La liga caducó", paragraphs: [
                "Esta liga ya no funciona porque pasó su tiempo.",
                "En la terminal donde iniciaste tu trámite, elige «Reenviar» para recibir un correo nuevo con otra liga y otro código.",
            ], confirmed: false)
        case .replaced:
            ConfirmationPage(title: "Esta liga ya no funciona", paragraphs: [
                "Pediste un correo más reciente: sólo funcionan la liga y el código de ese último correo.",
                "Búscalo en tu bandeja de entrada y abre su liga, o escribe su código en la terminal.",
            ], confirmed: false)
        case .curpHasAnotherEmail:
            ConfirmationPage(title: "No se pudo confirmar este correo", paragraphs: [
                "Tu CURP ya tiene asociado otro correo y los trámites van a ese correo.",
                "Empieza de nuevo en la terminal, o pide al personal que lo cambie si ya no lo usas.",
            ], confirmed: false)
        case .unknown:
            ConfirmationPage(title: "Liga no reconocida", paragraphs: [
                "Esta liga no corresponde a ninguna solicitud. Revisa que esté completa: a veces el programa de correo la corta.",
                "También puedes escribir en la terminal el código que viene en el mismo correo.",
            ], confirmed: false)
        }
    }

    /// When the store could not be reached.
    static func failure(reference: String) -> ConfirmationPage {
        ConfirmationPage(title: "No pudimos confirmar tu correo", paragraphs: [
            "El servicio tuvo un problema (referencia \(reference)). Abre la liga de nuevo en unos minutos.",
            "También puedes escribir en la terminal el código que viene en el mismo correo.",
        ], confirmed: false)
    }

    /// The whole page.
    var html: String { PhonePage(title: title, paragraphs: paragraphs, good: confirmed).html }
}
