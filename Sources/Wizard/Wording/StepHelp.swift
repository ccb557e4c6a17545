extension WizardState {
    /// How to do the current step (the «¿No te sabes tu CURP?» form included), for F1 on the screen and
    /// `:ayuda` in the line mode: neither keys nor commands, which each front end lists after it.
    public var stepHelp: String {
        if resumeChoice != nil { return ResumeWording.help }
        if lookup != nil { return LookupWording.help }
        switch step {
        case .curp: return CURPWording.help
        case .email: return EmailWording.help(carriesLink: confirmationCarriesLink)
        case .emailConfirmation: return EmailConfirmationWording.help
        case .captcha: return CaptchaWording.help
        case .waitingForLink: return WaitingWording.help(carriesLink: confirmationCarriesLink)
        case .startProcedure: return StartProcedureWording.help
        case .finishProcedure: return FinishProcedureWording.help
        case .result: return ResultWording.help
        case .documents: return DocumentsWording.help
        }
    }

    /// Whether the confirmation email brings a link besides its code: as sent, once it was, and until then
    /// as this office sends them.
    public var confirmationCarriesLink: Bool {
        ticket?.carriesLink ?? configuration.confirmationCarriesLink
    }
}
