import Wizard

/// Which screen shows a state: one per step, and the look-up form over the CURP screen.
enum ScreenCatalog {
    static func screen(for state: WizardState) -> any WizardScreen {
        if state.step == .curp, state.lookup != nil { return CURPLookupScreen() }
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
