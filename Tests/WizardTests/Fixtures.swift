import Foundation
import NSSCore
@testable import Wizard

/// Values and helpers shared by the wizard's tests.
enum Fixtures {
    static let curp = "HEGG560427MVZRRL04"
    static let email = "ana.perez@gmail.com"
    static let now = Date(timeIntervalSince1970: 1_739_936_907)

    static let captcha = CaptchaChallenge(id: CaptchaID(rawValue: "c1"), lines: ["ABC"], expiresAt: now + 300,
                                          isTestMode: true)
    static let ticket = ApplicationTicket(id: ApplicationID(rawValue: "app-1"), maskedEmail: "an***@gmail.com",
                                          expiresAt: now + 1800, carriesLink: false)
    static let person = PersonRecord(curp: try! CURP(curp), givenNames: "GLORIA", firstSurname: "HERNÁNDEZ",
                                     secondSurname: "GARCÍA", sex: .mujer,
                                     birthDate: CivilDate(year: 1956, month: 4, day: 27)!, birthState: .VZ)
    static let result = NSSResult(nss: NSS(subdelegation: 18, registrationYear: 2025, birthYear: 1956, consecutive: 1),
                                  kind: .asignacion, folio: Folio("17399369076551325965562")!, date: now)
    static let documents = DocumentKind.allCases.map {
        DocumentInfo(id: DocumentID(rawValue: "d-\($0.rawValue)"), folio: result.folio, date: now, kind: $0)
    }
}

extension WizardState {
    /// Types text into the field that has the focus, key by key as a person would.
    @discardableResult
    mutating func type(_ text: String) -> [Effect] {
        text.flatMap { reduce(.edit(.insert(String($0)))) }
    }

    /// Answers the single in-flight call of `request` with `reply`.
    @discardableResult
    mutating func answer(_ reply: Reply) -> [Effect] {
        reduce(.reply(reply, session: session))
    }

    /// A state on the given step, reached through the real transitions.
    static func at(_ step: Step) -> WizardState {
        var s = WizardState()
        if step == .curp { return s }
        s.type(Fixtures.curp); _ = s.reduce(.perform(.next))
        if step == .email { return s }
        s.type(Fixtures.email); _ = s.reduce(.perform(.next))
        if step == .emailConfirmation { return s }
        s.type(Fixtures.email); _ = s.reduce(.perform(.next))
        s.answer(.captcha(Fixtures.captcha))
        if step == .captcha { return s }
        s.type("ABC"); _ = s.reduce(.perform(.next))
        s.answer(.submitted(Fixtures.ticket))
        if step == .waitingForLink { return s }
        _ = s.reduce(.tick(Fixtures.now))
        s.answer(.status(.confirmed))
        s.answer(.started(Fixtures.person))
        if step == .startProcedure { return s }
        _ = s.reduce(.perform(.next))
        if step == .finishProcedure { return s }
        _ = s.reduce(.perform(.next))
        s.answer(.finished(Fixtures.result))
        if step == .result { return s }
        _ = s.reduce(.perform(.next))
        s.answer(.documents(Fixtures.documents))
        return s
    }
}
