extension WizardState {
    /// What screen 8 (and the line mode) says about the result email: «enviado» only when the backend
    /// said it was delivered; otherwise that it will arrive, and that the documents are here meanwhile.
    public var resultEmailSentence: String {
        resultEmailSent
            ? "Tu Número de Seguridad Social (NSS) ha sido enviado a tu correo electrónico."
            : "Te lo enviaremos a tu correo en cuanto sea posible; mientras, guarda o imprime tus documentos aquí."
    }
}
