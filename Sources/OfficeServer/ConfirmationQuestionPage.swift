import NSSCore

/// What a phone shows first at a confirmation link that works, in the application's language: a button
/// that confirms (a POST to the same address). Opening the link changes nothing — a mail scanner or a link
/// preview that fetches every link of a message must not confirm an address the person may have mistyped,
/// which would tie their CURP to a stranger's mailbox and send it their documents.
enum ConfirmationQuestionPage {
    static func page(in catalogue: Catalogue) -> PhonePage {
        PhonePage(title: catalogue.text(.phoneQuestionTitle), paragraphs: [
            catalogue.text(.phoneQuestion), catalogue.text(.phoneQuestionNext),
        ], good: true, catalogue: catalogue, button: catalogue.text(.phoneQuestionButton))
    }
}
