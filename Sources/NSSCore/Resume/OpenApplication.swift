import FoundationEssentials

/// One application that this account started on this machine and that can still be taken up again,
/// as the resume list shows it: nothing of the person in full.
public struct OpenApplication: Hashable, Sendable, Codable {
    public var id: ApplicationID
    /// The CURP's first four letters, the rest hidden (`GOMJ**************`).
    public var maskedCURP: String
    /// The email as the waiting screen shows it (`pe***@gmail.com`).
    public var maskedEmail: String
    /// The folio, once Paso 2 gave one.
    public var folio: Folio?
    public var stage: ProcedureStage
    /// Until when it can be taken up: the life of its latest confirmation email's link and code.
    public var resumableUntil: Date
    /// The latest thing that happened to it (for the order of the list: the newest first).
    public var lastActivity: Date

    public init(id: ApplicationID, maskedCURP: String, maskedEmail: String, folio: Folio?, stage: ProcedureStage,
                resumableUntil: Date, lastActivity: Date) {
        self.id = id
        self.maskedCURP = maskedCURP
        self.maskedEmail = maskedEmail
        self.folio = folio
        self.stage = stage
        self.resumableUntil = resumableUntil
        self.lastActivity = lastActivity
    }
}

/// The answer to «which applications can this account go on with?».
public struct OpenApplications: Hashable, Sendable, Codable {
    /// The ones that can be taken up now, the newest first.
    public var applications: [OpenApplication]
    /// How many more this account left unfinished whose link and code expired in the last day: they are
    /// said, not offered.
    public var expired: Int

    public init(applications: [OpenApplication], expired: Int) {
        self.applications = applications
        self.expired = expired
    }
}

/// What the wizard needs to go on with an application where it stopped. No step is taken to make it:
/// the person and the result are the stored ones.
public struct ResumedApplication: Hashable, Sendable, Codable {
    /// As the waiting screen needs it: the latest email's masked address, expiry, link and delivery.
    public var ticket: ApplicationTicket
    public var stage: ProcedureStage
    /// The person of Paso 1, from Paso 1 on.
    public var person: PersonRecord?
    /// The stored result of Paso 2, from Paso 2 on.
    public var result: NSSResult?
    /// Whether the result email has been delivered.
    public var resultEmailSent: Bool

    public init(ticket: ApplicationTicket, stage: ProcedureStage, person: PersonRecord?, result: NSSResult?,
                resultEmailSent: Bool) {
        self.ticket = ticket
        self.stage = stage
        self.person = person
        self.result = result
        self.resultEmailSent = resultEmailSent
    }
}
