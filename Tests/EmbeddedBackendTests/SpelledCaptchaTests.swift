@testable import EmbeddedBackend
import Foundation
import NSSCore
import Testing
import TestSupport

/// The accessible captcha: issued and checked like the picture (single use, the same lifetime, the same
/// attempt limit, the same test answer), spelled so that a screen reader or a braille line reads it, and
/// answered without regard to case.
@Suite(.runsPrograms) struct SpelledCaptchaTests {
    @Test func testModeSpellsTheTestAnswerAndSaysSo() async throws {
        let fixture = try Fixture()
        let challenge = try await fixture.backend.newCaptcha(.spelled)
        #expect(challenge.kind == .spelled)
        #expect(challenge.isTestMode)
        #expect(challenge.lines.count == Fixture.captchaAnswer.count)
        #expect(SpelledCaptchaReader.answer(in: challenge.lines) == Fixture.captchaAnswer.lowercased())
        _ = try await fixture.submit(try fixture.person(withNSS: false).curp, captcha: .spelled)
    }

    @Test func realChallengesSpellFiveCharactersInWords() async throws {
        let directory = TemporaryDirectory.make()
        let backend = try EmbeddedBackend(configuration: EmbeddedConfiguration(dataDirectory: directory),
                                          logger: Fixture.quietLogger)
        var answers: Set<String> = []
        for _ in 0..<20 {
            let challenge = try await backend.newCaptcha(.spelled)
            #expect(challenge.kind == .spelled && !challenge.isTestMode)
            #expect(challenge.lines.count == CaptchaSpelling.challengeLength)
            let stored = try #require(try await CaptchaTests.storedAnswer(challenge.id, in: backend))
            #expect(SpelledCaptchaReader.answer(in: challenge.lines) == stored)
            for line in challenge.lines {
                #expect(!line.contains { $0.isNumber }, "no digit to type by mistake in «\(line)»")
                #expect(!line.contains("mayúscula") && !line.contains("minúscula"), "case is never said")
            }
            answers.insert(stored)
        }
        #expect(answers.count > 15, "each challenge spells other characters")
    }

    /// A letter by its name and a word that begins with it; a digit by its name; the place in words.
    @Test func eachLineSpellsOneCharacterAsSpokenOverThePhone() {
        var rng = SplitMix64(state: 3)
        let lines = CaptchaSpelling.lines(for: "b7T", using: &rng)
        #expect(lines.count == 3)
        #expect(lines[0].hasPrefix("Primero: Letra be, como en «") && lines[0].hasSuffix("».")
                    && ["burro", "boca", "barco"].contains { lines[0].contains("«\($0)»") })
        #expect(lines[1] == "Segundo: Número siete.")
        #expect(lines[2].hasPrefix("Tercero: Letra te, como en «"))
        for symbol in CaptchaAlphabet.symbols {
            let line = CaptchaSpelling.lines(for: String(symbol), using: &rng)[0]
            #expect(SpelledCaptchaReader.answer(in: [line]) == symbol.lowercased(), "«\(line)»")
        }
    }

    @Test func caseSpacesAndSeparatorsDoNotMatterButEveryCharacterDoes() async throws {
        let fixture = try Fixture()
        let curp = try fixture.person(withNSS: false).curp
        for typed in ["gb7her", "GB7HER", "g b 7 h e r", "g-b-7-h-e-r", " Gb7hEr "] {
            _ = try await fixture.submit(curp, answer: typed, captcha: .spelled)
            fixture.clock.advance(by: EmbeddedLimits().submitWindow + 1)
        }
        for typed in ["gb7he", "gb7hre", "gb7herr"] {
            await #expect(throws: BackendError.captchaWrong, "«\(typed)»") {
                try await fixture.submit(curp, answer: typed, captcha: .spelled)
            }
        }
    }

    @Test func aSpelledCaptchaIsSingleUse() async throws {
        let fixture = try Fixture()
        let curp = try fixture.person(withNSS: false).curp
        let challenge = try await fixture.backend.newCaptcha(.spelled)
        let request = ApplicationRequest(curp: curp, email: fixture.email, captchaID: challenge.id,
                                         captchaAnswer: Fixture.captchaAnswer)
        _ = try await fixture.backend.submit(request)
        await #expect(throws: BackendError.captchaExpired) { try await fixture.backend.submit(request) }
    }

    @Test func aWrongAnswerUsesItUp() async throws {
        let fixture = try Fixture()
        let curp = try fixture.person(withNSS: false).curp
        let challenge = try await fixture.backend.newCaptcha(.spelled)
        var request = ApplicationRequest(curp: curp, email: fixture.email, captchaID: challenge.id, captchaAnswer: "nope")
        await #expect(throws: BackendError.captchaWrong) { try await fixture.backend.submit(request) }
        request.captchaAnswer = Fixture.captchaAnswer
        await #expect(throws: BackendError.captchaExpired) { try await fixture.backend.submit(request) }
    }

    @Test func itExpiresWithThePicturesLifetime() async throws {
        let fixture = try Fixture()
        let curp = try fixture.person(withNSS: false).curp
        let picture = try await fixture.backend.newCaptcha(.picture)
        let spelled = try await fixture.backend.newCaptcha(.spelled)
        #expect(spelled.expiresAt == picture.expiresAt)
        #expect(spelled.expiresAt == fixture.clock.now.addingTimeInterval(EmbeddedLimits().captchaLifetime))
        fixture.clock.advance(by: EmbeddedLimits().captchaLifetime + 1)
        await #expect(throws: BackendError.captchaExpired) {
            try await fixture.backend.submit(ApplicationRequest(curp: curp, email: fixture.email, captchaID: spelled.id,
                                                                captchaAnswer: Fixture.captchaAnswer))
        }
    }

    /// Wrong answers to either kind count against the one limit of the CURP: switching kinds buys no
    /// extra tries.
    @Test func wrongAnswersOfBothKindsShareTheAttemptLimit() async throws {
        let fixture = try Fixture()
        let curp = try fixture.person(withNSS: false).curp
        for kind in [CaptchaKind.picture, .spelled, .picture, .spelled, .spelled] {
            await #expect(throws: BackendError.captchaWrong) { try await fixture.submit(curp, answer: "nope", captcha: kind) }
        }
        for kind in CaptchaKind.allCases {
            await #expect(throws: BackendError.tooManyAttempts(retryAfter: fixture.clock.now.addingTimeInterval(600))) {
                try await fixture.submit(curp, captcha: kind)
            }
        }
        fixture.clock.advance(by: 601)
        _ = try await fixture.submit(curp, captcha: .spelled)
    }

    /// The kind is kept with the captcha: another process on the same data checks a spelled answer by
    /// the spelled rule, and a picture's by the picture's.
    @Test func anotherProcessChecksEachKindByItsRule() async throws {
        let fixture = try Fixture()
        let other = try EmbeddedBackend(configuration: fixture.backend.configuration, logger: Fixture.quietLogger)
        let curp = try fixture.person(withNSS: false).curp
        let spelled = try await fixture.backend.newCaptcha(.spelled)
        _ = try await other.submit(ApplicationRequest(curp: curp, email: fixture.email, captchaID: spelled.id,
                                                      captchaAnswer: Fixture.captchaAnswer.uppercased()))
        fixture.clock.advance(by: EmbeddedLimits().submitWindow + 1)
        let picture = try await fixture.backend.newCaptcha(.picture)
        await #expect(throws: BackendError.captchaWrong) {
            try await other.submit(ApplicationRequest(curp: curp, email: fixture.email, captchaID: picture.id,
                                                      captchaAnswer: Fixture.captchaAnswer.uppercased()))
        }
    }
}
