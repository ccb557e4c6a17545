import Foundation
import NSSCore

/// An in-memory, deterministic service: a registry of people, a captcha in test mode whose answer is
/// "AbCdE" (a picture, or spelled one character per line), a confirmation email whose code is "ABCD2345" and whose link a test can "open". It can also
/// be unreachable for its first captchas, and slow to finish the procedure.
actor FakeBackend: NSSBackend {
    static let captchaAnswer = "AbCdE"
    static let code = "ABCD2345"
    static let now = Date(timeIntervalSince1970: 1_739_936_907)
    static let picture = [
        "  _      _      ___     _     ___ ",
        " /_\\    | |__  / __|  __| |  | __|",
        "/ _ \\   | '_ \\| (__  / _` |  | _| ",
        "/_/ \\_\\ |_.__/ \\___| \\__,_|  |___|",
    ]
    static let spelled = [
        "Primero: Letra a, como en «árbol».", "Segundo: Letra be, como en «burro».",
        "Tercero: Letra ce, como en «casa».", "Cuarto: Letra de, como en «dado».", "Quinto: Letra e, como en «elote».",
    ]

    let people: [PersonRecord]
    let captchaIsTestMode: Bool
    private var unreachableCaptchas: Int
    let finishingTime: Duration
    /// Whether the result email reached the outbox when Paso 2 answered.
    let resultEmailDelivered: Bool
    private var captchasIssued = 0
    /// The kind of each captcha issued, by id: the answer is compared by its kind's rule.
    private var captchaKinds: [CaptchaID: CaptchaKind] = [:]
    /// The kinds asked for, in order.
    private(set) var captchaKindsAsked: [CaptchaKind] = []
    /// The language each captcha was asked in, and each application submitted in.
    private(set) var captchaLanguagesAsked: [String] = []
    private(set) var submittedLanguages: [String] = []
    private var applicant: PersonRecord?
    private var confirmed = false
    private var result: NSSResult?
    private(set) var lookups: [PersonQuery] = []
    /// The application's email, its Paso 1, the screen without a call reached, and whether it was left.
    private var email: EmailAddress?
    private var started = false
    private var progress: ApplicationProgress?
    private(set) var left = false
    /// How many confirmation emails and Paso 2 calls there were: a resume makes neither.
    private(set) var emailsSent = 0
    private(set) var finishCalls = 0

    init(people: [PersonRecord] = [People.gloria, People.pedro], captchaIsTestMode: Bool = true,
         unreachableCaptchas: Int = 0, finishingTime: Duration = .zero, resultEmailDelivered: Bool = true) {
        self.people = people
        self.captchaIsTestMode = captchaIsTestMode
        self.unreachableCaptchas = unreachableCaptchas
        self.finishingTime = finishingTime
        self.resultEmailDelivered = resultEmailDelivered
    }

    /// The person opens the link of the email on their phone.
    func openLink() {
        confirmed = true
    }

    func newCaptcha(_ request: CaptchaRequest) async throws -> CaptchaChallenge {
        let kind = request.kind
        captchaKindsAsked.append(kind)
        captchaLanguagesAsked.append(request.language)
        if unreachableCaptchas > 0 {
            unreachableCaptchas -= 1
            throw BackendError.unreachable
        }
        captchasIssued += 1
        let id = CaptchaID(rawValue: "captcha-\(captchasIssued)")
        captchaKinds[id] = kind
        return CaptchaChallenge(id: id, kind: kind, lines: kind == .picture ? Self.picture : Self.spelled,
                                expiresAt: Self.now + 300, isTestMode: captchaIsTestMode)
    }

    func submit(_ request: ApplicationRequest) async throws -> ApplicationTicket {
        submittedLanguages.append(request.language)
        guard let kind = captchaKinds.removeValue(forKey: request.captchaID) else { throw BackendError.captchaExpired }
        guard CaptchaAnswerRule.accepts(request.captchaAnswer, answer: Self.captchaAnswer, kind: kind) else {
            throw BackendError.captchaWrong
        }
        guard let person = people.first(where: { $0.curp == request.curp }) else { throw BackendError.curpNotInRegistry }
        applicant = person
        confirmed = false
        email = request.email
        started = false
        progress = nil
        left = false
        result = nil
        emailsSent += 1
        return ApplicationTicket(id: ApplicationID(rawValue: "app-\(person.curp.value)"),
                                 maskedEmail: request.email.masked, expiresAt: Self.now + 1800, carriesLink: true)
    }

    func confirmationStatus(_ id: ApplicationID) async throws -> ConfirmationStatus {
        confirmed ? .confirmed : .pending(expiresAt: Self.now + 1800)
    }

    func confirm(_ id: ApplicationID, code: String) async throws {
        guard code == Self.code else { throw BackendError.codeWrong(attemptsLeft: 2) }
        confirmed = true
    }

    func resendConfirmation(_ id: ApplicationID) async throws -> ApplicationTicket {
        ApplicationTicket(id: id, maskedEmail: "an***@gmail.com", expiresAt: Self.now + 3600, carriesLink: true)
    }

    func startProcedure(_ id: ApplicationID) async throws -> PersonRecord {
        guard confirmed, let applicant else { throw BackendError.notConfirmed }
        started = true
        return applicant
    }

    func finishProcedure(_ id: ApplicationID) async throws -> NSSResult {
        guard confirmed, let applicant else { throw BackendError.outOfOrder }
        finishCalls += 1
        if let result { return result }
        try? await Task.sleep(for: finishingTime)
        let nss = applicant.nss ?? NSS(subdelegation: 18, registrationYear: 2025,
                                       birthYear: applicant.birthDate.year, consecutive: 1)
        let outcome = NSSResult(nss: nss, kind: applicant.nss == nil ? .asignacion : .localizacion,
                                folio: Folio("17399369076551325965562")!, date: Self.now)
        result = outcome
        return outcome
    }

    func resultEmailSent(_ id: ApplicationID) async throws -> Bool {
        guard result != nil else { throw BackendError.outOfOrder }
        return resultEmailDelivered
    }

    func documents(_ id: ApplicationID) async throws -> [DocumentInfo] {
        guard let result else { throw BackendError.outOfOrder }
        return DocumentKind.allCases.map {
            DocumentInfo(id: DocumentID(rawValue: "doc-\($0.rawValue)"), folio: result.folio, date: result.date, kind: $0)
        }
    }

    /// A short stand-in PDF per document of the finished procedure.
    func document(_ id: DocumentID) async throws -> Data {
        guard let result else { throw BackendError.outOfOrder }
        guard let kind = DocumentKind.allCases.first(where: { id.rawValue == "doc-\($0.rawValue)" }) else {
            throw BackendError.applicationNotFound
        }
        return Data("%PDF-1.4\n% \(kind.fileName(folio: result.folio))\n".utf8)
    }

    func emailDocuments(_ id: ApplicationID) async throws -> Bool {
        guard result != nil else { throw BackendError.outOfOrder }
        return resultEmailDelivered
    }

    /// A link per document at the office's address, good for ten minutes.
    func documentLinks(_ id: ApplicationID) async throws -> [DocumentLink] {
        guard result != nil else { throw BackendError.outOfOrder }
        return DocumentKind.allCases.map { kind in
            DocumentLink(kind: kind, url: "https://oficina.example/d/\(kind.rawValue.uppercased())", expiresAt: Self.now + 600,
                         code: QRCodePicture(rows: ["101", "010", "101"]))
        }
    }

    /// The one application, while it was not left.
    func openApplications() async throws -> OpenApplications {
        guard let applicant, let email, !left else { return OpenApplications(applications: [], expired: 0) }
        return OpenApplications(applications: [OpenApplication(
            id: Self.id(applicant), maskedCURP: applicant.curp.masked, maskedEmail: email.masked, folio: result?.folio,
            stage: stage, resumableUntil: Self.now + 1800, lastActivity: Self.now)], expired: 0)
    }

    func resumeApplication(_ id: ApplicationID) async throws -> ResumedApplication {
        guard let applicant, let email, !left, id == Self.id(applicant) else { throw BackendError.applicationNotFound }
        return ResumedApplication(
            ticket: ApplicationTicket(id: id, maskedEmail: email.masked, expiresAt: Self.now + 1800, carriesLink: true),
            stage: stage, person: started ? applicant : nil, result: result, resultEmailSent: resultEmailDelivered)
    }

    func recordProgress(_ id: ApplicationID, _ progress: ApplicationProgress) async throws {
        if progress == .left { left = true } else { self.progress = progress }
    }

    private var stage: ProcedureStage {
        if result != nil { return progress == .documents ? .documents : .result }
        if started { return progress == .finishProcedure ? .finishProcedure : .startProcedure }
        return confirmed ? .confirmed : .waitingForConfirmation
    }

    static func id(_ person: PersonRecord) -> ApplicationID { ApplicationID(rawValue: "app-\(person.curp.value)") }

    func lookupCURP(_ query: PersonQuery) async throws -> [CURPMatch] {
        lookups.append(query)
        let given = query.givenNames.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
        return people
            .filter {
                $0.givenNames.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil) == given
                    && $0.birthDate == query.birthDate && $0.sex == query.sex
            }
            .map { CURPMatch(curp: $0.curp, fullName: $0.fullName) }
    }
}
