import Foundation
import NSSCore
import Wizard

/// A person and the backend's answers for them, to reach every screen through the wizard's own
/// transitions: shared by the wizard's, the screens' and the line mode's tests.
public enum Fixtures {
    public static let curp = "HEGG560427MVZRRL04"
    public static let email = "gloria.hernandez@gmail.com"
    public static let now = Date(timeIntervalSince1970: 1_739_936_907)

    /// A captcha as the embedded backend draws one (AbDeF), in test mode.
    public static let captcha = CaptchaChallenge(id: CaptchaID(rawValue: "c1"), lines: [
        "   :'      -                    ,         ",
        "    ###        ####         #####         ",
        "   #  '#  %    #   #     `  #  '-    %%%% ",
        "  :#  -#  %%%  #   #        ####   , %    ",
        "   #####  %  % #   #   @@   #        %%%  ",
        "   #   # :%  % #   #,:@@@@  #        %    ",
        "   #   # :%%%  ####   @     # -      %    ",
        "                       @@@                ",
        "                 :                        ",
    ], expiresAt: now + 300, isTestMode: true)
    /// The same captcha spelled, as the embedded backend spells it (AbDeF), in test mode.
    public static let spelledCaptcha = CaptchaChallenge(id: CaptchaID(rawValue: "c2"), kind: .spelled, lines: [
        "Primero: Letra a, como en «agua».", "Segundo: Letra be, como en «burro».", "Tercero: Letra de, como en «dado».",
        "Cuarto: Letra e, como en «elote».", "Quinto: Letra efe, como en «flor».",
    ], expiresAt: now + 300, isTestMode: true)
    public static let ticket = ApplicationTicket(id: ApplicationID(rawValue: "app-1"), maskedEmail: "gl**************z@gmail.com",
                                          expiresAt: now + 1800, carriesLink: false)
    /// The same application at an office whose server a phone can reach: its email carries a link, and
    /// the documents screen offers «Llevar a mi teléfono».
    public static let linkedTicket = ApplicationTicket(id: ticket.id, maskedEmail: ticket.maskedEmail,
                                                expiresAt: ticket.expiresAt, carriesLink: true)
    public static let person = PersonRecord(curp: try! CURP(curp), givenNames: "GLORIA", firstSurname: "HERNÁNDEZ",
                                     secondSurname: "GARCÍA", sex: .mujer,
                                     birthDate: CivilDate(year: 1956, month: 4, day: 27)!, birthState: .VZ)
    public static let result = NSSResult(nss: NSS(subdelegation: 18, registrationYear: 2025, birthYear: 1956, consecutive: 1),
                                  kind: .asignacion, folio: Folio("17399369076551325965562")!, date: now)
    public static let documents = DocumentKind.allCases.map {
        DocumentInfo(id: DocumentID(rawValue: "d-\($0.rawValue)"), folio: result.folio, date: now, kind: $0)
    }
    /// A one-time link per document, as the office server gives them («Llevar a mi teléfono»).
    public static let documentLinks = DocumentKind.allCases.map {
        DocumentLink(kind: $0, url: "https://nss.oficina.example/d/\($0.rawValue.uppercased())", expiresAt: now + 600,
                     code: QRCodePicture(rows: ["111", "101", "111"]))
    }
    /// The application of `ticket` as the resume list shows it.
    public static let openApplication = OpenApplication(
        id: ticket.id, maskedCURP: try! CURP(curp).masked, maskedEmail: ticket.maskedEmail, folio: nil,
        stage: .waitingForConfirmation, resumableUntil: ticket.expiresAt, lastActivity: now)
    /// That application taken up at `stage`, with what the backend stored by then.
    public static func resumed(at stage: ProcedureStage) -> ResumedApplication {
        let started = ![ProcedureStage.waitingForConfirmation, .confirmed].contains(stage)
        let finished = stage == .result || stage == .documents
        return ResumedApplication(ticket: ticket, stage: stage, person: started ? person : nil,
                                  result: finished ? result : nil, resultEmailSent: finished)
    }
    public static let matches = [
        CURPMatch(curp: try! CURP(curp), fullName: "GLORIA HERNÁNDEZ GARCÍA"),
    ]
}

extension WizardState {
    /// Types text into the focused field, key by key as a person would; returns the effects.
    @discardableResult
    public mutating func type(_ text: String) -> [Effect] {
        text.flatMap { reduce(.edit(.insert(String($0)))) }
    }

    /// Answers the in-flight call with `reply`; returns the effects.
    @discardableResult
    public mutating func answer(_ reply: Reply) -> [Effect] {
        reduce(.reply(reply, session: session))
    }

    /// A state on `step`, reached through the real transitions.
    public static func at(_ step: Step, configuration: WizardConfiguration = WizardConfiguration()) -> WizardState {
        at(step, ticket: Fixtures.ticket, configuration: configuration)
    }

    /// `ticket`: the answer to the submission (`Fixtures.linkedTicket` at an office whose server a phone
    /// can reach).
    public static func at(_ step: Step, ticket: ApplicationTicket,
                          configuration: WizardConfiguration = WizardConfiguration()) -> WizardState {
        var s = WizardState(configuration: configuration)
        if step == .curp { return s }
        s.type(Fixtures.curp); _ = s.reduce(.perform(.next))
        if step == .email { return s }
        s.type(Fixtures.email); _ = s.reduce(.perform(.next))
        if step == .emailConfirmation { return s }
        s.type(Fixtures.email); _ = s.reduce(.perform(.next))
        s.answer(.captcha(Fixtures.captcha))
        if step == .captcha { return s }
        s.type("AbDeF"); _ = s.reduce(.perform(.next))
        s.answer(.submitted(ticket))
        if step == .waitingForLink { return s }
        _ = s.reduce(.tick(Fixtures.now))
        s.answer(.status(.confirmed))
        s.answer(.started(Fixtures.person))
        if step == .startProcedure { return s }
        _ = s.reduce(.perform(.next))
        if step == .finishProcedure { return s }
        _ = s.reduce(.perform(.next))
        s.answer(.finished(Fixtures.result, emailSent: true))
        if step == .result { return s }
        _ = s.reduce(.perform(.next))
        s.answer(.documents(Fixtures.documents))
        return s
    }
}
