import FoundationEssentials

/// The service behind the wizard: the embedded model, our own server over HTTP, or an adapter to the
/// real IMSS service. Every conformance passes the same contract suite (Tests/BackendContract).
/// Calls throw `BackendError` only.
public protocol NSSBackend: Sendable {
    /// A fresh captcha of the kind asked for (never of the other kind), a spelled one said in the language
    /// asked for; earlier ones stay valid until used or expired.
    func newCaptcha(_ request: CaptchaRequest) async throws -> CaptchaChallenge
    /// "PULSA CONTINUAR": checks the captcha (single use), the registry and the limits, then sends the
    /// confirmation email.
    func submit(_ request: ApplicationRequest) async throws -> ApplicationTicket
    /// Polled by the waiting screen until the link is opened or the code typed.
    func confirmationStatus(_ id: ApplicationID) async throws -> ConfirmationStatus
    /// Confirms with the short code of the email.
    func confirm(_ id: ApplicationID, code: String) async throws
    /// Sends a new email; the previous link and code stop working.
    func resendConfirmation(_ id: ApplicationID) async throws -> ApplicationTicket
    /// Paso 1 · Iniciar trámite: the person registered for the CURP.
    func startProcedure(_ id: ApplicationID) async throws -> PersonRecord
    /// Paso 2 · Finalizar trámite: locates the existing NSS or assigns a new one. Idempotent.
    func finishProcedure(_ id: ApplicationID) async throws -> NSSResult
    /// Whether the result email of a finished procedure has been delivered. May wait a moment for one
    /// being written: screen 8 says «enviado» only when it was.
    func resultEmailSent(_ id: ApplicationID) async throws -> Bool
    /// The documents of a finished procedure.
    func documents(_ id: ApplicationID) async throws -> [DocumentInfo]
    /// One document as a signed PDF; the same bytes every time for the same folio.
    func document(_ id: DocumentID) async throws -> Data
    /// "Enviar copia a mi correo": the email of the result again, with both PDFs attached. True when it
    /// was delivered; false when it was accepted and will be delivered later.
    @discardableResult
    func emailDocuments(_ id: ApplicationID) async throws -> Bool
    /// "Llevar a mi teléfono": a new one-time, expiring link for each document of a finished procedure,
    /// which the office server answers at its public address. Empty when the backend has no public
    /// address (no phone could reach the links).
    func documentLinks(_ id: ApplicationID) async throws -> [DocumentLink]
    /// "¿No te sabes tu CURP?": registry entries matching the data given.
    func lookupCURP(_ query: PersonQuery) async throws -> [CURPMatch]
    /// The applications this account started on this machine and did not leave, that can still be taken
    /// up (within the life of their link and code), masked; and how many expired lately.
    func openApplications() async throws -> OpenApplications
    /// Goes on with one of `openApplications()` where it stopped. Takes no step of the procedure: no
    /// email is sent and Paso 2 is not run again (its stored result is returned).
    func resumeApplication(_ id: ApplicationID) async throws -> ResumedApplication
    /// Records what the backend cannot see by itself: the screen without a call that the person reached,
    /// or that they left the application (it is offered for resuming no more).
    func recordProgress(_ id: ApplicationID, _ progress: ApplicationProgress) async throws
}

extension NSSBackend {
    /// A fresh captcha picture.
    public func newCaptcha() async throws -> CaptchaChallenge { try await newCaptcha(.picture) }

    /// A fresh captcha of `kind`, a spelled one said in Spanish.
    public func newCaptcha(_ kind: CaptchaKind) async throws -> CaptchaChallenge {
        try await newCaptcha(CaptchaRequest(kind))
    }
}
