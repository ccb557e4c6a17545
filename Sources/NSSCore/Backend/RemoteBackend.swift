import FoundationEssentials

/// Something that carries a call to a backend elsewhere and brings back its output: the pipe to the
/// wizard's service, an HTTP client. It throws `BackendError` only.
public protocol BackendTransport: Sendable {
    func call<Call: BackendCall>(_ call: Call.Type, _ input: Call.Input) async throws -> Call.Output
}

/// The backend behind a transport. Each method is its call's definition carried over (`BackendAPI`);
/// the compiler holds this list to `NSSBackend`, and the contract suite runs it through each transport.
public struct RemoteBackend<Transport: BackendTransport>: NSSBackend {
    public let transport: Transport

    public init(_ transport: Transport) { self.transport = transport }

    public func newCaptcha(_ request: CaptchaRequest) async throws -> CaptchaChallenge {
        try await transport.call(BackendAPI.NewCaptcha.self, request)
    }
    public func submit(_ request: ApplicationRequest) async throws -> ApplicationTicket {
        try await transport.call(BackendAPI.Submit.self, request)
    }
    public func confirmationStatus(_ id: ApplicationID) async throws -> ConfirmationStatus {
        try await transport.call(BackendAPI.ConfirmationStatus.self, id)
    }
    public func confirm(_ id: ApplicationID, code: String) async throws {
        _ = try await transport.call(BackendAPI.Confirm.self, CodeConfirmation(id, code: code))
    }
    public func resendConfirmation(_ id: ApplicationID) async throws -> ApplicationTicket {
        try await transport.call(BackendAPI.ResendConfirmation.self, id)
    }
    public func startProcedure(_ id: ApplicationID) async throws -> PersonRecord {
        try await transport.call(BackendAPI.StartProcedure.self, id)
    }
    public func finishProcedure(_ id: ApplicationID) async throws -> NSSResult {
        try await transport.call(BackendAPI.FinishProcedure.self, id)
    }
    public func resultEmailSent(_ id: ApplicationID) async throws -> Bool {
        try await transport.call(BackendAPI.ResultEmailSent.self, id)
    }
    public func documents(_ id: ApplicationID) async throws -> [DocumentInfo] {
        try await transport.call(BackendAPI.Documents.self, id)
    }
    public func document(_ id: DocumentID) async throws -> Data { try await transport.call(BackendAPI.Document.self, id) }
    @discardableResult
    public func emailDocuments(_ id: ApplicationID) async throws -> Bool {
        try await transport.call(BackendAPI.EmailDocuments.self, id)
    }
    public func documentLinks(_ id: ApplicationID) async throws -> [DocumentLink] {
        try await transport.call(BackendAPI.DocumentLinks.self, id)
    }
    public func lookupCURP(_ query: PersonQuery) async throws -> [CURPMatch] {
        try await transport.call(BackendAPI.LookupCURP.self, query)
    }
    public func openApplications() async throws -> OpenApplications {
        try await transport.call(BackendAPI.OpenApplications.self, Nothing())
    }
    public func resumeApplication(_ id: ApplicationID) async throws -> ResumedApplication {
        try await transport.call(BackendAPI.ResumeApplication.self, id)
    }
    public func recordProgress(_ id: ApplicationID, _ progress: ApplicationProgress) async throws {
        _ = try await transport.call(BackendAPI.RecordProgress.self, ProgressRecord(id, progress))
    }
}
