import Foundation
import NSSCore
import Testing
@testable import Wizard
import WizardFixtures

/// The person's language: the configured one first, another on the first screen only, every text the
/// wizard words in the catalogue bound while it reduces, and the configured one back after a wipe.
@Suite struct LanguageTests {
    static let english = Catalogue(code: "en", texts: [
        .languageName: "English", .stepCurp: "Enter your CURP", .buttonNext: "Continue",
        .noticeTooLong: "This field takes up to {n} characters.", .fieldStatusCurpValid: "Valid CURP.",
    ])
    static let offered = Languages(configured: "es", catalogues: [english])

    @Test func theConfiguredLanguageIsTheFirstAndSpanishIsAlwaysOffered() {
        let english = Languages(configured: "en", catalogues: [Self.english])
        #expect(english.configured.code == "en")
        #expect(english.offered.map(\.code) == ["es", "en"])
        #expect(english.after(english.configured)?.code == "es")
        #expect(Languages(configured: "wix", catalogues: [Self.english]).configured.code == "es", "no catalogue: Spanish")
        #expect(Languages().after(.spanish) == nil, "nothing to switch to")
    }

    @Test func theSwitchWorksOnTheFirstScreenOnly() {
        var s = WizardState(configuration: WizardConfiguration(languages: Self.offered))
        #expect(s.language.code == "es" && s.nextLanguage?.code == "en")
        #expect(s.label(of: .switchLanguage(to: "en")) == "English")
        s.type("HEGG")
        #expect(s.reduce(.perform(.switchLanguage(to: "en"))).isEmpty)
        #expect(s.language.code == "en")
        #expect(s.text(.curp) == "HEGG", "what was typed stays")
        _ = s.reduce(.perform(.switchLanguage(to: "es")))
        #expect(s.language.code == "es")
        _ = s.reduce(.perform(.switchLanguage(to: "en")))
        _ = s.reduce(.perform(.openLookup))
        #expect(!s.canSwitchLanguage)
        #expect(s.reduce(.perform(.switchLanguage(to: "es"))).isEmpty && s.language.code == "en")
        _ = s.reduce(.perform(.closeLookup))
        s.type("560427MVZRRL04")
        _ = s.reduce(.perform(.next))
        #expect(s.step == .email && !s.canSwitchLanguage && s.nextLanguage == nil)
        _ = s.reduce(.perform(.switchLanguage(to: "es")))
        #expect(s.language.code == "en", "the language is chosen before the procedure starts")
        #expect(WizardState().nextLanguage == nil, "one language: no switch")
    }

    /// The backend is told the person's language with the captcha (a spelled one is said in it) and with
    /// the application (its emails are written in it); a spelled captcha got before a switch is asked again.
    @Test func theCallsCarryThePersonsLanguage() {
        var s = WizardState(configuration: WizardConfiguration(languages: Self.offered))
        _ = s.reduce(.perform(.switchLanguage(to: "en")))
        s.type(Fixtures.curp)
        _ = s.reduce(.perform(.next))
        s.type(Fixtures.email)
        _ = s.reduce(.perform(.next))
        s.type(Fixtures.email)
        #expect(s.reduce(.perform(.next)) == [.loadCaptcha(CaptchaRequest(.picture, language: "en"))])
        _ = s.answer(.captcha(Fixtures.captcha))
        s.type("AbDeF")
        let submitted = s.reduce(.perform(.next))
        guard case .submit(let request)? = submitted.first else { Issue.record("no submission: \(submitted)"); return }
        #expect(request.language == "en")

        var back = WizardState(configuration: WizardConfiguration(languages: Self.offered))
        back.type(Fixtures.curp)
        _ = back.reduce(.perform(.next))
        back.type(Fixtures.email)
        _ = back.reduce(.perform(.next))
        back.type(Fixtures.email)
        _ = back.reduce(.perform(.next))
        _ = back.answer(.captcha(Fixtures.captcha))
        #expect(back.reduce(.perform(.switchCaptcha(to: .spelled))) == [.loadCaptcha(CaptchaRequest(.spelled, language: "es"))])
        _ = back.answer(.captcha(Fixtures.spelledCaptcha))
        for _ in 0..<3 { _ = back.reduce(.perform(.back)) }
        #expect(back.step == .curp)
        _ = back.reduce(.perform(.switchLanguage(to: "en")))
        #expect(back.captcha == nil, "the Spanish spelling is not shown to an English reader")
        for _ in 0..<2 { _ = back.reduce(.perform(.next)) }
        #expect(back.reduce(.perform(.next)) == [.loadCaptcha(CaptchaRequest(.spelled, language: "en"))])
    }

    /// A spelled captcha still on its way when the person switches language is asked for again in the new
    /// one when it comes; a picture, which no language spells, is kept.
    @Test func aSpelledCaptchaOnItsWayDuringASwitchIsAskedAgainInTheNewLanguage() {
        for (kind, challenge) in [(CaptchaKind.spelled, Fixtures.spelledCaptcha), (.picture, Fixtures.captcha)] {
            var s = WizardState(configuration: WizardConfiguration(captchaKind: kind, languages: Self.offered))
            s.type(Fixtures.curp)
            _ = s.reduce(.perform(.next))
            s.type(Fixtures.email)
            _ = s.reduce(.perform(.next))
            s.type(Fixtures.email)
            #expect(s.reduce(.perform(.next)) == [.loadCaptcha(CaptchaRequest(kind, language: "es"))])
            for _ in 0..<3 { _ = s.reduce(.perform(.back)) }
            #expect(s.step == .curp && s.inFlight.contains(.captcha))
            _ = s.reduce(.perform(.switchLanguage(to: "en")))
            let effects = s.answer(.captcha(challenge))
            if kind == .spelled {
                #expect(effects == [.loadCaptcha(CaptchaRequest(.spelled, language: "en"))])
                #expect(s.captcha == nil, "the Spanish spelling is not shown to an English reader")
                #expect(s.answer(.captcha(challenge)).isEmpty && s.captcha == challenge, "the one asked in English is kept")
            } else {
                #expect(effects.isEmpty && s.captcha == challenge)
            }
        }
    }

    @Test func theWipeBringsBackTheConfiguredLanguage() {
        var s = WizardState(configuration: WizardConfiguration(languages: Self.offered))
        _ = s.reduce(.perform(.switchLanguage(to: "en")))
        s.type(Fixtures.curp)
        #expect(s.reduce(.perform(.exit)).contains(.endSession(.exit)))
        #expect(s.language.code == "es" && s.text(.curp).isEmpty)
        var idle = WizardState(configuration: WizardConfiguration(languages: Languages(configured: "en", catalogues: [Self.english])))
        _ = idle.reduce(.perform(.switchLanguage(to: "es")))
        idle.type("H")
        _ = idle.reduce(.idleTimeout)
        #expect(idle.language.code == "en")
    }

    /// What the wizard words while it reduces and what the screens read are in the bound catalogue;
    /// a text the catalogue lacks is said in Spanish.
    @Test func wordsComeFromTheBoundCatalogue() {
        var s = WizardState(configuration: WizardConfiguration(languages: Self.offered))
        _ = s.reduce(.perform(.switchLanguage(to: "en")))
        let (title, next, valid, notice) = Catalogue.$current.withValue(s.language) { () -> (String, String, String?, String?) in
            var t = s
            t.type(Fixtures.curp)
            let valid = t.status(of: .curp).message
            t.type(String(repeating: "A", count: FieldID.curp.maxLength))
            return (Step.curp.title, t.label(of: .next), valid, t.notice?.text)
        }
        #expect(title == "Enter your CURP" && next == "Continue")
        #expect(valid == "Valid CURP.")
        #expect(notice == "This field takes up to \(FieldID.curp.maxLength) characters.")
        #expect(Catalogue.$current.withValue(s.language) { Step.email.title } == "Correo electrónico", "not translated: Spanish")
        #expect(Step.curp.title == "Ingresa tu CURP", "nothing bound: Spanish")
    }
}
