import FoundationEssentials
import NSSCore

/// Something that happened: a key the screen translated, a second passing, a backend answer.
public enum Event: Hashable, Sendable {
    /// An edit of the focused field.
    case edit(TextEdit)
    /// Tab.
    case focusNext
    /// Shift-Tab.
    case focusPrevious
    /// Enter: next field, or the screen's main button on the last field, or the focused button.
    case activate
    /// The person is done with a field without leaving it (an answer in the line mode): what is wrong
    /// with it is said, as when they leave it.
    case check(FieldID)
    /// A button, pressed or reached by its key.
    case perform(Action)
    /// Once a second from the run loop: drives polling on the waiting screen.
    case tick(Date)
    /// A backend call succeeded; `session` is the one that made it.
    case reply(Reply, session: Int)
    /// A backend call failed.
    case failure(Request, BackendError, session: Int)
    /// Saving or printing failed on this terminal; the message says why, in Spanish.
    case deliveryFailed(Request, DeliveryFailure, session: Int)
    /// No key for `idleLimitSeconds`.
    case idleTimeout
}

/// The successful answer to each kind of backend call.
public enum Reply: Hashable, Sendable {
    case captcha(CaptchaChallenge)
    case submitted(ApplicationTicket)
    case status(ConfirmationStatus)
    case confirmed
    case resent(ApplicationTicket)
    case started(PersonRecord)
    /// Paso 2's result, and whether its email has been delivered.
    case finished(NSSResult, emailSent: Bool)
    case documents([DocumentInfo])
    case lookup([CURPMatch])
    /// Where the documents were saved.
    case saved([String])
    /// What the printer said, in Spanish.
    case printed(String)
    /// The copy was asked for; `sent` when it was delivered at once.
    case emailed(sent: Bool)
    case documentLinks([DocumentLink])
    case openApplications(OpenApplications)
    case resumed(ResumedApplication)
    case progressRecorded

    /// The kind of call this answers.
    public var request: Request {
        switch self {
        case .captcha: .captcha
        case .submitted: .submit
        case .status: .poll
        case .confirmed: .confirm
        case .resent: .resend
        case .started: .start
        case .finished: .finish
        case .documents: .documents
        case .lookup: .lookup
        case .saved: .save
        case .printed: .print
        case .emailed: .emailCopy
        case .documentLinks: .phoneLinks
        case .openApplications: .openApplications
        case .resumed: .resume
        case .progressRecorded: .progress
        }
    }
}
