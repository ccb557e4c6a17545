import NSSCore

/// What the wizard asks the outside world to do. The run loop performs backend effects and feeds the
/// answer back as an `Event`; `endSession` is for the terminal.
public enum Effect: Hashable, Sendable {
    /// A new captcha of this kind, spelled (if it is) in the person's language.
    case loadCaptcha(CaptchaRequest)
    case submit(ApplicationRequest)
    case pollConfirmation(ApplicationID)
    case confirm(ApplicationID, code: String)
    case resend(ApplicationID)
    case startProcedure(ApplicationID)
    case finishProcedure(ApplicationID)
    case listDocuments(ApplicationID)
    case lookupCURP(PersonQuery)
    /// Fetch the PDFs and save them to the downloads folder.
    case saveDocuments([DocumentInfo])
    /// Fetch the PDFs and send them to the printer.
    case printDocuments([DocumentInfo])
    /// Ask the backend to email the documents again.
    case emailDocuments(ApplicationID)
    /// New one-time links to the documents, for the phone.
    case documentLinks(ApplicationID)
    /// The applications this account can go on with (`--resume`).
    case listOpenApplications
    /// Go on with one of them where it stopped.
    case resume(ApplicationID)
    /// Tell the backend a screen without a call was reached, or that the person left the application.
    /// Its answer matters to nobody: the wizard does not wait for it.
    case recordProgress(ApplicationID, ApplicationProgress)
    /// Everything personal was wiped: clear the screen; a kiosk starts over, a staff session may quit.
    case endSession(EndReason)

    /// The backend call this effect is, or nil for `endSession`.
    public var request: Request? {
        switch self {
        case .loadCaptcha: .captcha
        case .submit: .submit
        case .pollConfirmation: .poll
        case .confirm: .confirm
        case .resend: .resend
        case .startProcedure: .start
        case .finishProcedure: .finish
        case .listDocuments: .documents
        case .lookupCURP: .lookup
        case .saveDocuments: .save
        case .printDocuments: .print
        case .emailDocuments: .emailCopy
        case .documentLinks: .phoneLinks
        case .listOpenApplications: .openApplications
        case .resume: .resume
        case .recordProgress: .progress
        case .endSession: nil
        }
    }
}

/// Why a session ended.
public enum EndReason: Hashable, Sendable {
    /// Salir.
    case exit
    /// Terminar on the last screen.
    case finished
    /// Nobody touched a key for too long.
    case idle
}
