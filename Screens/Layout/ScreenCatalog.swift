import Wizard

/// Which screen shows a state: one per step, the look-up form over the CURP screen, and the resume
/// list before any step.
enum ScreenCatalog {
    static func screen(for state: WizardState) -> any WizardScreen {
        if state.resumeChoice != nil { return ResumeScreen() }
        if state.step == .curp, state.lookup != nil { return CURPLookupScreen() }
        if state.step == .documents, state.phoneLinks != nil { return PhoneLinksScreen() }
        switch state.step {
        case .curp: return CURPScreen()
        case .email: return EmailScreen()
        case .emailConfirmation: return EmailConfirmationScreen()
        case .captcha: return CaptchaScreen()
        case .waitingForLink: return WaitingForLinkScreen()
        case .startProcedure: return StartProcedureScreen()
        case .finishProcedure: return FinishProcedureScreen()
        case .result: return ResultScreen()
        case .documents: return DocumentsScreen()
        }
    }
}
