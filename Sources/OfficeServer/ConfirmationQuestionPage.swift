/// What a phone shows first at a confirmation link that works: a button that confirms (a POST to the
/// same address). Opening the link changes nothing — a mail scanner or a link preview that fetches every
/// link of a message must not confirm an address the person may have mistyped, which would tie their
/// CURP to a stranger's mailbox and send it their documents.
enum ConfirmationQuestionPage {
    static var page: PhonePage {
        PhonePage(title: "Confirma tu correo", paragraphs: [
            "Toca el botón para confirmar que este correo electrónico es tuyo.",
            "La terminal donde iniciaste tu trámite continuará sola en cuanto lo confirmes.",
        ], good: true, button: "Confirmar mi correo")
    }
}
