/// The answers of a file for `nss-kiosk --answers` (YAML or JSON, read and checked by
/// `nss-kiosk-backend answers check`, which hands them over in this form): what a person would type on
/// each screen. Nothing here is checked as a CURP or an email: each answer is typed into its screen,
/// whose own checks apply.
public struct ScriptedAnswers: Hashable, Sendable, Codable {
    /// What to do when the email's domain looks like a typo (`gmial.com`): take the correction or keep it.
    public enum Suggestion: String, Hashable, Sendable, Codable {
        case use, keep
    }

    /// Where the confirmation code comes from.
    public enum Code: Hashable, Sendable, Codable {
        /// The outbox of the embedded service (`codigo: desde-buzon`), as a person reads their email.
        case fromOutbox
        /// Nobody types it: someone opens the email's link (`codigo: esperar`) and the screen moves on.
        case wait
        /// These characters, typed (a wrong one stops the run with the screen's message).
        case typed(String)
    }

    /// What the documents screen is asked to do, in order, before Terminar.
    public enum DocumentAction: String, Hashable, Sendable, Codable, CaseIterable {
        case save, print, emailCopy

        /// The button.
        public var action: Action {
            switch self {
            case .save: .saveDocuments
            case .print: .printDocuments
            case .emailCopy: .emailDocuments
            }
        }
    }

    public var curp: String
    public var email: String
    /// Typed on screen 3; the email again unless the file says otherwise.
    public var emailConfirmation: String
    public var suggestion: Suggestion
    public var captcha: String
    public var code: Code
    public var documents: [DocumentAction]
    /// Press Terminar at the end (the program then ends); otherwise the person goes on from the documents.
    public var finish: Bool
    /// A pause between two answers, for an audience to follow (0 to 10 000 ms).
    public var pauseMilliseconds: Int

    public init(curp: String, email: String, emailConfirmation: String? = nil, suggestion: Suggestion = .keep,
                captcha: String, code: Code, documents: [DocumentAction] = [], finish: Bool = true,
                pauseMilliseconds: Int = 0) {
        self.curp = curp
        self.email = email
        self.emailConfirmation = emailConfirmation ?? email
        self.suggestion = suggestion
        self.captcha = captcha
        self.code = code
        self.documents = documents
        self.finish = finish
        self.pauseMilliseconds = pauseMilliseconds
    }
}
