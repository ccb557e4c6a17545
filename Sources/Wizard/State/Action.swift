import NSSCore

/// The buttons of the screens; also reachable by their keys.
public enum Action: Hashable, Sendable {
    /// Continuar, Iniciar trámite, Finalizar trámite, Ver documentos: the screen's main button.
    case next
    /// Regresar (Esc): the previous screen, keeping every value.
    case back
    /// Salir (F10): wipe everything personal and end the session.
    case exit
    /// "¿No te sabes tu CURP?": open the look-up form.
    case openLookup
    /// Search the registry with the look-up form.
    case searchLookup
    /// Take the n-th look-up result as the CURP.
    case chooseMatch(Int)
    /// Close the look-up form without choosing.
    case closeLookup
    /// Replace the email with the suggested correction.
    case useEmailSuggestion
    /// Otra imagen: a new captcha.
    case refreshCaptcha
    /// The other kind of captcha: the spelled one for whoever cannot see the picture, or the picture again.
    case switchCaptcha(to: CaptchaKind)
    /// Confirm with the code typed from the email.
    case confirmCode
    /// Send the confirmation email again.
    case resendEmail
    /// Go back to the email screen to use another address.
    case changeEmail
    /// Save both documents to the downloads folder (a USB stick at a kiosk).
    case saveDocuments
    /// Print both documents on the terminal's printer.
    case printDocuments
    /// "Enviar copia a mi correo": the result email again, with both PDFs.
    case emailDocuments
    /// «Llevar a mi teléfono»: a one-time link per document, as a QR code to read with the phone.
    case phoneLinks
    /// The next document's link (after the last, the first again).
    case nextPhoneLink
    /// Close the links, back to the documents.
    case closePhoneLinks
    /// Terminar: the person is done; wipe and start over.
    case finish
    /// Go on with the n-th application of the resume list.
    case resumeApplication(Int)
    /// Leave the resume list for a new procedure (Esc there too).
    case startNew
    /// Another language the office offers, by its code, for this person only (F2 on the first screen,
    /// `:english` in the line mode; the wipe brings the configured one back). Its label is the
    /// language's own name.
    case switchLanguage(to: String)

    /// The button's text on the given screen (`WizardState.label(of:)` also knows the captcha's kind).
    public func label(on step: Step) -> String {
        switch self {
        case .next:
            switch step {
            case .startProcedure: Phrase.buttonStart.text
            case .finishProcedure: Phrase.buttonFinish.text
            case .result: Phrase.buttonSeeDocuments.text
            default: Phrase.buttonNext.text
            }
        case .back: Phrase.buttonBack.text
        case .exit: Phrase.buttonExit.text
        case .openLookup: Phrase.buttonOpenLookup.text
        case .searchLookup: Phrase.buttonSearchLookup.text
        case .chooseMatch: Phrase.buttonChooseMatch.text
        case .closeLookup: Phrase.buttonCloseLookup.text
        case .useEmailSuggestion: Phrase.buttonUseSuggestion.text
        case .refreshCaptcha: CaptchaWording.refreshLabel(.picture)
        case .switchCaptcha(let kind): CaptchaWording.switchLabel(to: kind)
        case .confirmCode: Phrase.buttonConfirmCode.text
        case .resendEmail: Phrase.buttonResendEmail.text
        case .changeEmail: Phrase.buttonChangeEmail.text
        case .saveDocuments: Phrase.buttonSave.text
        case .printDocuments: Phrase.buttonPrint.text
        case .emailDocuments: Phrase.buttonEmailCopy.text
        case .phoneLinks: Phrase.buttonPhoneLinks.text
        case .nextPhoneLink: Phrase.buttonNextPhoneLink.text
        case .closePhoneLinks: Phrase.buttonClosePhoneLinks.text
        case .finish: Phrase.buttonFinishSession.text
        case .resumeApplication: Phrase.buttonNext.text
        case .startNew: Phrase.buttonStartNew.text
        case .switchLanguage: Catalogue.current.name
        }
    }
}

extension Action {
    /// Whether it switches the language (a key and a line-mode command, never in the focus order).
    var isLanguageSwitch: Bool { if case .switchLanguage = self { true } else { false } }
}

extension WizardState {
    /// The button's text as this state shows it: its step's, and «Otra imagen» named after the captcha's kind.
    public func label(of action: Action) -> String {
        switch action {
        case .refreshCaptcha: CaptchaWording.refreshLabel(captchaKind)
        case .switchLanguage(let code):
            configuration.languages.offered.first { $0.code == code }?.name ?? language.name
        default: action.label(on: step)
        }
    }
}
