import FoundationEssentials

/// One call of the backend, defined once: its name on the wire, what it takes and gives (as JSON), and
/// the `NSSBackend` method it is. Everything that carries calls — the pipe between the wizard and its
/// service, a remote client — is derived from these definitions (`BackendAPI.calls`, `RemoteBackend`),
/// so no transport has a switch of its own over the calls.
public protocol BackendCall: Sendable {
    associatedtype Input: Codable & Sendable
    associatedtype Output: Codable & Sendable
    /// The call's name on every transport (`submit`, `confirm`, …): stable, lower camel case.
    static var name: String { get }
    /// Runs the call on an implementation.
    static func perform(_ input: Input, on backend: some NSSBackend) async throws -> Output
    /// Whether running the call twice would do it twice (another email, another spent attempt, another
    /// application). A transport that repeats such a call — after a lost answer, say — sends the same
    /// idempotency key with every attempt, and a server answers a repeated key with the first answer.
    static var needsIdempotencyKey: Bool { get }
    /// For a call a client may ask to wait until its answer is settled (long polling): whether an output
    /// is. A server holds a waiting call, running it again whenever something may have changed, until
    /// its output is settled or `CallWaiting.longest` has passed. Nil for a call that never waits.
    static var isSettled: (@Sendable (Output) -> Bool)? { get }
    /// The application (or document) the call acts on, when it acts on one: a server that answers many
    /// terminals lets only the terminal that opened it act on it.
    static func subject(of input: Input) -> CallSubject?
}

/// What a call acts on.
public enum CallSubject: Sendable, Hashable {
    case application(ApplicationID)
    /// A document, named by its id (which holds its folio).
    case document(DocumentID)
}

extension BackendCall {
    public static var needsIdempotencyKey: Bool { false }
    public static var isSettled: (@Sendable (Output) -> Bool)? { nil }
    public static func subject(of input: Input) -> CallSubject? { nil }
    /// Whether a client may ask the call to wait (see `isSettled`).
    public static var waits: Bool { isSettled != nil }
}

/// How long a waiting call is held at most. Shorter than the read timeouts of the usual reverse proxies
/// (60 s), so a proxy never cuts it; a terminal asks again at once.
public enum CallWaiting {
    public static let longest: Duration = .seconds(20)
}

/// The input of a call that takes none, and the output of one that gives none: `{}`. Only an object is
/// read as it (the synthesized decoding of a type without members would take any JSON at all).
public struct Nothing: Codable, Sendable, Hashable {
    public init() {}

    private enum NoKeys: CodingKey {}

    public init(from decoder: any Decoder) throws {
        _ = try decoder.container(keyedBy: NoKeys.self)
    }

    public func encode(to encoder: any Encoder) throws {
        _ = encoder.container(keyedBy: NoKeys.self)
    }
}

/// `confirm`'s input: the application and the code typed from its email.
public struct CodeConfirmation: Codable, Sendable, Hashable {
    public var application: ApplicationID
    public var code: String
    public init(_ application: ApplicationID, code: String) {
        self.application = application
        self.code = code
    }
}

/// `recordProgress`'s input: the application and the screen it reached (or that it was left).
public struct ProgressRecord: Codable, Sendable, Hashable {
    public var application: ApplicationID
    public var progress: ApplicationProgress
    public init(_ application: ApplicationID, _ progress: ApplicationProgress) {
        self.application = application
        self.progress = progress
    }
}

/// The backend's calls. Adding one: a requirement of `NSSBackend`, a type here (and in `calls`), its line
/// in `RemoteBackend`, and its implementation in each backend; the contract suite then runs it through
/// every transport (the wizard's pipe and the office server's HTTP API alike).
public enum BackendAPI {
    /// Every call, for the transports that answer them by name.
    public static let calls: [any BackendCall.Type] = [
        NewCaptcha.self, Submit.self, ConfirmationStatus.self, Confirm.self, ResendConfirmation.self,
        StartProcedure.self, FinishProcedure.self, ResultEmailSent.self, Documents.self, Document.self,
        EmailDocuments.self, DocumentLinks.self, LookupCURP.self, OpenApplications.self, ResumeApplication.self, RecordProgress.self,
    ]

    /// The call of this name, or nil.
    public static func call(named name: String) -> (any BackendCall.Type)? {
        callsByName[name]
    }

    /// Asked on every request the server answers, several times.
    private static let callsByName = Dictionary(uniqueKeysWithValues: calls.map { ($0.name, $0) })

    public enum NewCaptcha: BackendCall {
        public static let name = "newCaptcha"
        public static func perform(_ input: CaptchaRequest, on backend: some NSSBackend) async throws -> CaptchaChallenge {
            try await backend.newCaptcha(input)
        }
    }

    public enum Submit: BackendCall {
        public static let name = "submit"
        public static let needsIdempotencyKey = true
        public static func perform(_ input: ApplicationRequest, on backend: some NSSBackend) async throws -> ApplicationTicket {
            try await backend.submit(input)
        }
    }

    public enum ConfirmationStatus: BackendCall {
        public static let name = "confirmationStatus"
        /// The waiting screen waits for the link to be opened: only a pending status is worth waiting past.
        public static let isSettled: (@Sendable (NSSCore.ConfirmationStatus) -> Bool)? = { status in
            if case .pending = status { false } else { true }
        }
        public static func perform(_ input: ApplicationID, on backend: some NSSBackend) async throws -> NSSCore.ConfirmationStatus {
            try await backend.confirmationStatus(input)
        }
        public static func subject(of input: ApplicationID) -> CallSubject? { .application(input) }
    }

    public enum Confirm: BackendCall {
        public static let name = "confirm"
        public static let needsIdempotencyKey = true
        public static func perform(_ input: CodeConfirmation, on backend: some NSSBackend) async throws -> Nothing {
            try await backend.confirm(input.application, code: input.code)
            return Nothing()
        }
        public static func subject(of input: CodeConfirmation) -> CallSubject? { .application(input.application) }
    }

    public enum ResendConfirmation: BackendCall {
        public static let name = "resendConfirmation"
        public static let needsIdempotencyKey = true
        public static func perform(_ input: ApplicationID, on backend: some NSSBackend) async throws -> ApplicationTicket {
            try await backend.resendConfirmation(input)
        }
        public static func subject(of input: ApplicationID) -> CallSubject? { .application(input) }
    }

    public enum StartProcedure: BackendCall {
        public static let name = "startProcedure"
        public static func perform(_ input: ApplicationID, on backend: some NSSBackend) async throws -> PersonRecord {
            try await backend.startProcedure(input)
        }
        public static func subject(of input: ApplicationID) -> CallSubject? { .application(input) }
    }

    public enum FinishProcedure: BackendCall {
        public static let name = "finishProcedure"
        public static let needsIdempotencyKey = true
        public static func perform(_ input: ApplicationID, on backend: some NSSBackend) async throws -> NSSResult {
            try await backend.finishProcedure(input)
        }
        public static func subject(of input: ApplicationID) -> CallSubject? { .application(input) }
    }

    public enum ResultEmailSent: BackendCall {
        public static let name = "resultEmailSent"
        public static func perform(_ input: ApplicationID, on backend: some NSSBackend) async throws -> Bool {
            try await backend.resultEmailSent(input)
        }
        public static func subject(of input: ApplicationID) -> CallSubject? { .application(input) }
    }

    public enum Documents: BackendCall {
        public static let name = "documents"
        public static func perform(_ input: ApplicationID, on backend: some NSSBackend) async throws -> [DocumentInfo] {
            try await backend.documents(input)
        }
        public static func subject(of input: ApplicationID) -> CallSubject? { .application(input) }
    }

    public enum Document: BackendCall {
        public static let name = "document"
        public static func perform(_ input: DocumentID, on backend: some NSSBackend) async throws -> Data {
            try await backend.document(input)
        }
        public static func subject(of input: DocumentID) -> CallSubject? { .document(input) }
    }

    public enum EmailDocuments: BackendCall {
        public static let name = "emailDocuments"
        public static let needsIdempotencyKey = true
        public static func perform(_ input: ApplicationID, on backend: some NSSBackend) async throws -> Bool {
            try await backend.emailDocuments(input)
        }
        public static func subject(of input: ApplicationID) -> CallSubject? { .application(input) }
    }

    public enum DocumentLinks: BackendCall {
        public static let name = "documentLinks"
        public static func perform(_ input: ApplicationID, on backend: some NSSBackend) async throws -> [DocumentLink] {
            try await backend.documentLinks(input)
        }
        public static func subject(of input: ApplicationID) -> CallSubject? { .application(input) }
    }

    public enum OpenApplications: BackendCall {
        public static let name = "openApplications"
        public static func perform(_ input: Nothing, on backend: some NSSBackend) async throws -> NSSCore.OpenApplications {
            try await backend.openApplications()
        }
    }

    public enum ResumeApplication: BackendCall {
        public static let name = "resumeApplication"
        public static func perform(_ input: ApplicationID, on backend: some NSSBackend) async throws -> ResumedApplication {
            try await backend.resumeApplication(input)
        }
        public static func subject(of input: ApplicationID) -> CallSubject? { .application(input) }
    }

    public enum RecordProgress: BackendCall {
        public static let name = "recordProgress"
        public static func perform(_ input: ProgressRecord, on backend: some NSSBackend) async throws -> Nothing {
            try await backend.recordProgress(input.application, input.progress)
            return Nothing()
        }
        public static func subject(of input: ProgressRecord) -> CallSubject? { .application(input.application) }
    }

    public enum LookupCURP: BackendCall {
        public static let name = "lookupCURP"
        public static func perform(_ input: PersonQuery, on backend: some NSSBackend) async throws -> [CURPMatch] {
            try await backend.lookupCURP(input)
        }
    }
}
