import FoundationEssentials
import NSSCore

/// Everything the wizard knows about the person in front of it, and nothing else. Screens render it;
/// only `reduce` changes it.
public struct WizardState: Hashable, Sendable {
    public let configuration: WizardConfiguration
    /// Incremented at every wipe: replies to calls made for an earlier person are dropped.
    public internal(set) var session: Int = 0
    public internal(set) var step: Step = .curp
    public internal(set) var focus: Focusable = .field(.curp)
    /// The field the person was last in: what they type while a button has the focus goes there.
    public internal(set) var lastField: FieldID = .curp
    public internal(set) var fields: [FieldID: EditableText] = [:]
    /// Fields whose mistakes are said: the person left them or pressed Continuar. An edit takes its field
    /// out again, so while a person types only progress shows, and a message changes when the state does.
    public internal(set) var checked: Set<FieldID> = []
    /// The email for which the suggested correction was offered (Continuar pressed once with a likely typo):
    /// the next Continuar keeps the email as typed.
    public internal(set) var emailSuggestionOffered: String?
    public internal(set) var lookup: LookupForm?
    /// The resume list (`--resume`), over the CURP screen.
    public internal(set) var resumeChoice: ResumeChoice?
    public internal(set) var captcha: CaptchaChallenge?
    /// The kind of captcha the person reads: the configuration's, until they switch.
    public internal(set) var captchaKind: CaptchaKind
    /// The language the person reads: the configured one, until they switch on the first screen. A wipe
    /// brings the configured one back for the next person.
    public internal(set) var language: Catalogue
    public internal(set) var ticket: ApplicationTicket?
    public internal(set) var isEmailConfirmed = false
    public internal(set) var confirmationExpired = false
    public internal(set) var person: PersonRecord?
    public internal(set) var result: NSSResult?
    /// Whether the result email was delivered when Paso 2 answered: screen 8 says «enviado» only then.
    public internal(set) var resultEmailSent = false
    public internal(set) var documents: [DocumentInfo] = []
    /// «Llevar a mi teléfono», while it is open.
    public internal(set) var phoneLinks: PhoneLinks?
    public internal(set) var inFlight: Set<Request> = []
    /// The captcha on its way was asked for before the person switched language: spelled, it is said in
    /// the other one, and another is asked for when it comes.
    var captchaOnItsWayIsInOtherLanguage = false
    public internal(set) var notice: Notice?
    /// A CURP the registry did not have: well written, so its field says nothing of its own (not
    /// «CURP válida» beside the notice that it is not registered) until it is changed.
    public internal(set) var unregisteredCURP: String?

    public init(configuration: WizardConfiguration = WizardConfiguration()) {
        self.configuration = configuration
        captchaKind = configuration.captchaKind
        language = configuration.languages.configured
    }

    /// The text of a field ("" when never typed).
    public func text(_ field: FieldID) -> String { fields[field]?.text ?? "" }

    /// The field's text and cursor.
    public func editable(_ field: FieldID) -> EditableText { fields[field] ?? EditableText() }

    /// Seconds of inactivity allowed on the current screen.
    public var idleLimitSeconds: Int {
        step == .waitingForLink ? configuration.waitingIdleSeconds : configuration.idleSeconds
    }

    /// Whether anything about a person is held: what a wipe must clear.
    public var holdsPersonalData: Bool {
        fields.values.contains { !$0.isEmpty } || lookup != nil || ticket != nil || person != nil
            || result != nil || !documents.isEmpty || phoneLinks != nil || isEmailConfirmed || resumeChoice?.applications?.isEmpty == false
    }

    /// Whether the person may switch to a captcha of `kind` now: on the captcha screen, while no answer
    /// is being checked.
    public func canSwitchCaptcha(to kind: CaptchaKind) -> Bool {
        step == .captcha && lookup == nil && captchaKind != kind && !inFlight.contains(.submit)
    }

    /// Whether the person may switch to another language now: on the first screen, before anything
    /// opens over it, when the office offers more than one.
    public var canSwitchLanguage: Bool {
        step == .curp && lookup == nil && resumeChoice == nil && configuration.languages.offered.count > 1
    }

    /// The language the switch goes to (its name labels the key), if there is one.
    public var nextLanguage: Catalogue? { canSwitchLanguage ? configuration.languages.after(language) : nil }

    /// Whether a call is in flight (the screen shows a spinner after a moment).
    public var isBusy: Bool { !inFlight.subtracting([.poll]).isEmpty }

    /// Whether the idle countdown runs: only while something of a person is held, and never while
    /// the person waits for the service (a slow answer is not an absent person; every call has a
    /// deadline, after which they are told and the countdown runs again).
    public var countsIdleTime: Bool { holdsPersonalData && !isBusy }

    /// The focus order of the current screen, top to bottom.
    public var focusOrder: [Focusable] { FocusOrder.items(for: self) }

    /// The email typed, validated, or nil.
    public var email: EmailAddress? { try? EmailAddress(text(.email)) }

    /// The CURP typed, validated, or nil.
    public var curp: CURP? { try? CURP.check(typed: text(.curp)).get() }

    /// A likely correction of the email's domain, if it looks like a typo.
    public var emailSuggestion: String? { EmailAddress.suggestion(for: text(.email)) }

    /// The correction being offered now, the same way in both front ends: after Continuar on an email
    /// whose domain looks like a typo, until the person takes it, keeps their own, or edits the email.
    public var pendingEmailSuggestion: String? {
        step == .email && lookup == nil && emailSuggestionOffered == text(.email) ? emailSuggestion : nil
    }

    /// What the documents screen and the result screen may show: only after Paso 2.
    public var procedureKindExpected: ProcedureKind? {
        person.map { $0.nss == nil ? .asignacion : .localizacion }
    }
}
