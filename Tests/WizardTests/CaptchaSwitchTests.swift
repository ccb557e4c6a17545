import Foundation
import NSSCore
import Testing
@testable import Wizard
import WizardFixtures

/// The captcha's two kinds in the wizard: the configured one first, a switch to the other on the
/// captcha screen only, and every request, refusal and message made for the kind the person reads.
@Suite struct CaptchaSwitchTests {
    @Test func theConfiguredKindIsAskedForFirst() {
        for kind in CaptchaKind.allCases {
            var s = WizardState(configuration: WizardConfiguration(captchaKind: kind))
            s.type(Fixtures.curp); _ = s.reduce(.perform(.next))
            s.type(Fixtures.email); _ = s.reduce(.perform(.next))
            s.type(Fixtures.email)
            #expect(s.reduce(.perform(.next)) == [.loadCaptcha(CaptchaRequest(kind))])
            #expect(s.captchaKind == kind)
        }
    }

    @Test func switchingAsksForTheOtherKindAndEmptiesTheAnswer() {
        var s = WizardState.at(.captcha)
        s.type("Ab")
        #expect(s.canSwitchCaptcha(to: .spelled) && !s.canSwitchCaptcha(to: .picture))
        #expect(s.reduce(.perform(.switchCaptcha(to: .spelled))) == [.loadCaptcha(CaptchaRequest(.spelled))])
        #expect(s.captchaKind == .spelled)
        #expect(s.captcha == nil, "the picture is not shown under the spelled captcha's instructions")
        #expect(s.text(.captchaAnswer) == "")
        #expect(s.focus == .field(.captchaAnswer))
        s.answer(.captcha(Fixtures.spelledCaptcha))
        #expect(s.captcha == Fixtures.spelledCaptcha)
        #expect(s.reduce(.perform(.switchCaptcha(to: .spelled))).isEmpty, "already spelled")
        #expect(s.reduce(.perform(.switchCaptcha(to: .picture))) == [.loadCaptcha(CaptchaRequest(.picture))])
        s.answer(.captcha(Fixtures.captcha))
        #expect(s.captcha == Fixtures.captcha && s.captchaKind == .picture)
    }

    @Test func anotherCaptchaIsOfTheKindShown() {
        var s = WizardState.at(.captcha)
        _ = s.reduce(.perform(.switchCaptcha(to: .spelled)))
        s.answer(.captcha(Fixtures.spelledCaptcha))
        #expect(s.reduce(.perform(.refreshCaptcha)) == [.loadCaptcha(CaptchaRequest(.spelled))])
        #expect(s.label(of: .refreshCaptcha) == "Otros caracteres")
        #expect(WizardState.at(.captcha).label(of: .refreshCaptcha) == "Otra imagen")
    }

    /// The person switched while a picture was on its way: the picture is not shown, the spelled
    /// captcha is asked for when it arrives.
    @Test func aCaptchaOfTheKindLeftBehindIsAskedForAgain() {
        var s = WizardState.at(.emailConfirmation)
        s.type(Fixtures.email)
        #expect(s.reduce(.perform(.next)) == [.loadCaptcha(CaptchaRequest(.picture))])
        #expect(s.reduce(.perform(.switchCaptcha(to: .spelled))).isEmpty, "one captcha request at a time")
        #expect(s.answer(.captcha(Fixtures.captcha)) == [.loadCaptcha(CaptchaRequest(.spelled))])
        #expect(s.captcha == nil)
        s.answer(.captcha(Fixtures.spelledCaptcha))
        #expect(s.captcha == Fixtures.spelledCaptcha)
    }

    @Test func theSwitchWorksOnlyOnTheCaptchaScreenAndNotWhileAnAnswerIsChecked() {
        for step in Step.allCases where step != .captcha {
            var s = WizardState.at(step)
            let before = s
            #expect(s.reduce(.perform(.switchCaptcha(to: .spelled))).isEmpty)
            #expect(s == before, "nothing changes on \(step)")
        }
        var s = WizardState.at(.captcha)
        s.type("AbDeF")
        _ = s.reduce(.perform(.next))
        #expect(!s.canSwitchCaptcha(to: .spelled))
        #expect(s.reduce(.perform(.switchCaptcha(to: .spelled))).isEmpty)
        #expect(s.captchaKind == .picture)
    }

    @Test func aRefusedSpelledAnswerIsSaidInItsOwnWordsAndAnotherIsSpelled() {
        var s = WizardState.at(.captcha)
        _ = s.reduce(.perform(.switchCaptcha(to: .spelled)))
        s.answer(.captcha(Fixtures.spelledCaptcha))
        s.type("abdex")
        _ = s.reduce(.perform(.next))
        #expect(s.reduce(.failure(.submit, .captchaWrong, session: s.session)) == [.loadCaptcha(CaptchaRequest(.spelled))])
        #expect(s.notice == .error(CaptchaWording.refusal(.captchaWrong, kind: .spelled)))
        #expect(!(s.notice?.text.contains("imagen") ?? true))
        _ = s.reduce(.perform(.next))
        #expect(s.notice == .info(CaptchaWording.wait(.spelled)))
    }

    @Test func anEmptySpelledAnswerAsksForTheSpelledCharacters() {
        var s = WizardState.at(.captcha)
        _ = s.reduce(.perform(.switchCaptcha(to: .spelled)))
        s.answer(.captcha(Fixtures.spelledCaptcha))
        _ = s.reduce(.perform(.next))
        #expect(s.status(of: .captchaAnswer) == .invalid(CaptchaWording.missingAnswer(.spelled)))
    }

    @Test func theKindIsKeptWhenGoingBackAndForgottenAtTheWipe() {
        var s = WizardState.at(.captcha)
        _ = s.reduce(.perform(.switchCaptcha(to: .spelled)))
        s.answer(.captcha(Fixtures.spelledCaptcha))
        _ = s.reduce(.perform(.back))
        #expect(s.captchaKind == .spelled)
        #expect(s.reduce(.perform(.next)).isEmpty, "the spelled captcha is still good")
        #expect(s.captcha == Fixtures.spelledCaptcha)
        _ = s.reduce(.perform(.exit))
        #expect(s.captchaKind == .picture)
    }

    /// A backend that answers another kind than asked would have the person follow the wrong
    /// instructions: the runner turns it into a failure.
    @Test func theRunnerRefusesACaptchaOfAnotherKind() async {
        let runner = EffectRunner(backend: OneKindBackend())
        let event = await runner.run(.loadCaptcha(CaptchaRequest(.spelled)), session: 3)
        #expect(event == .failure(.captcha, .internalError(reference: "captcha-kind"), session: 3))
        #expect(await runner.run(.loadCaptcha(CaptchaRequest(.picture)), session: 3) == .reply(.captcha(Fixtures.captcha), session: 3))
    }
}

/// A backend that only knows pictures.
struct OneKindBackend: NSSBackend {
    func newCaptcha(_ request: CaptchaRequest) async throws -> CaptchaChallenge { Fixtures.captcha }
    func submit(_ request: ApplicationRequest) async throws -> ApplicationTicket { throw BackendError.unreachable }
    func confirmationStatus(_ id: ApplicationID) async throws -> ConfirmationStatus { throw BackendError.unreachable }
    func confirm(_ id: ApplicationID, code: String) async throws { throw BackendError.unreachable }
    func resendConfirmation(_ id: ApplicationID) async throws -> ApplicationTicket { throw BackendError.unreachable }
    func startProcedure(_ id: ApplicationID) async throws -> PersonRecord { throw BackendError.unreachable }
    func finishProcedure(_ id: ApplicationID) async throws -> NSSResult { throw BackendError.unreachable }
    func resultEmailSent(_ id: ApplicationID) async throws -> Bool { throw BackendError.unreachable }
    func documents(_ id: ApplicationID) async throws -> [DocumentInfo] { throw BackendError.unreachable }
    func document(_ id: DocumentID) async throws -> Data { throw BackendError.unreachable }
    func emailDocuments(_ id: ApplicationID) async throws -> Bool { throw BackendError.unreachable }
    func documentLinks(_ id: ApplicationID) async throws -> [DocumentLink] { throw BackendError.unreachable }
    func lookupCURP(_ query: PersonQuery) async throws -> [CURPMatch] { throw BackendError.unreachable }
    func openApplications() async throws -> OpenApplications { throw BackendError.unreachable }
    func resumeApplication(_ id: ApplicationID) async throws -> ResumedApplication { throw BackendError.unreachable }
    func recordProgress(_ id: ApplicationID, _ progress: ApplicationProgress) async throws { throw BackendError.unreachable }
}
