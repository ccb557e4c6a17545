import NSSCore

extension WizardState {
    /// What screen 8 (and the line mode) says about the result email: «enviado» only when the backend
    /// said it was delivered; otherwise that it will arrive, and that the documents are here meanwhile.
    public var resultEmailSentence: String {
        resultEmailSent ? Phrase.resultEmailSent.text : Phrase.resultEmailPending.text
    }
}
