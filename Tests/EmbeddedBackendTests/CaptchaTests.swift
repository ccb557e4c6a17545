@testable import EmbeddedBackend
import Foundation
import NSSCore
import Testing
import TestSupport

/// The captcha: its alphabet, its font, its picture and its life in the database.
@Suite(.runsPrograms) struct CaptchaTests {
    @Test func alphabetHasNoLookAlikes() {
        for banned in "0Oo1lIicCsSuUvVwWxXzZ" {
            #expect(!CaptchaAlphabet.contains(banned), "\(banned) is not in the alphabet")
        }
        #expect(CaptchaAlphabet.symbols.contains { $0.isUppercase })
        #expect(CaptchaAlphabet.symbols.contains { $0.isLowercase })
        #expect(Set(CaptchaAlphabet.symbols).count == CaptchaAlphabet.symbols.count)
    }

    @Test func everySymbolHasAGlyphOfSevenEvenRows() throws {
        for symbol in CaptchaAlphabet.symbols {
            let glyph = try #require(CaptchaFont.glyph(symbol))
            #expect(glyph.count == CaptchaFont.height)
            #expect(Set(glyph.map(\.count)).count == 1, "\(symbol) has rows of one width")
        }
    }

    /// The topmost row with ink, and how many rows above the baseline have ink.
    static func shape(_ symbol: Character) -> (top: Int, heightAboveBaseline: Int) {
        let glyph = CaptchaFont.glyph(symbol)!
        let inkRows = glyph.indices.filter { glyph[$0].contains("#") }
        return (inkRows.first!, inkRows.filter { $0 <= CaptchaFont.baselineRow }.count)
    }

    @Test func lowercaseIsVisiblyShorterThanUppercase() {
        let capitals = (CaptchaAlphabet.uppercase + CaptchaAlphabet.digits).map(Self.shape)
        let smalls = CaptchaAlphabet.lowercase.map(Self.shape)
        let shortestCapital = capitals.map(\.heightAboveBaseline).min()!
        let highestSmallTop = smalls.map(\.top).min()!
        #expect(capitals.allSatisfy { $0.top == 0 })
        #expect(highestSmallTop >= 1, "no small letter reaches the capital line")
        #expect(smalls.allSatisfy { $0.heightAboveBaseline < shortestCapital })
        #expect(smalls.filter { $0.top >= 2 }.count >= CaptchaAlphabet.lowercase.count / 2, "most small letters are x-height")
    }

    @Test(arguments: ["ABDEFGHM", "abdefghm", "NRT23457", "nrtaTb2e", "Gb7hEr"])
    func pictureFitsTheTerminalAndReadsBack(_ text: String) {
        var rng = SystemRandomNumberGenerator()
        for _ in 0..<20 {
            let lines = CaptchaPicture.draw(text, using: &rng)
            #expect(lines.count <= 9)
            #expect(lines.allSatisfy { $0.count <= 72 && $0.count == lines[0].count })
            #expect(lines.allSatisfy { $0.unicodeScalars.allSatisfy { (0x20...0x7E).contains($0.value) } })
            #expect(PictureReader.read(lines) == text)
            let cells = lines.joined()
            let noise = cells.filter { CaptchaPicture.noise.contains($0) }.count
            let blank = cells.filter { $0 == " " }.count
            #expect(Double(noise) < 0.15 * Double(noise + blank), "the noise is light")
        }
    }

    @Test func realChallengesHaveFiveOrSixCharactersAndNoTestMark() async throws {
        let directory = TemporaryDirectory.make()
        let backend = try EmbeddedBackend(configuration: EmbeddedConfiguration(dataDirectory: directory),
                                          logger: Fixture.quietLogger)
        for _ in 0..<20 {
            let challenge = try await backend.newCaptcha()
            #expect(!challenge.isTestMode)
            let read = try #require(PictureReader.read(challenge.lines))
            #expect(CaptchaAlphabet.challengeLengths.contains(read.count))
        }
        #expect(!backend.isTestMode)
    }

    @Test func testModeDrawsTheTestAnswerAndSaysSo() async throws {
        let fixture = try Fixture()
        let challenge = try await fixture.backend.newCaptcha()
        #expect(challenge.isTestMode)
        #expect(fixture.backend.isTestMode)
        #expect(PictureReader.read(challenge.lines) == Fixture.captchaAnswer)
    }

    @Test func captchaExpiresAfterItsLifetime() async throws {
        let fixture = try Fixture()
        let curp = try fixture.person(withNSS: false).curp
        let challenge = try await fixture.backend.newCaptcha()
        #expect(challenge.expiresAt == fixture.clock.now.addingTimeInterval(5 * 60))
        fixture.clock.advance(by: 5 * 60 + 1)
        await #expect(throws: BackendError.captchaExpired) {
            try await fixture.backend.submit(ApplicationRequest(curp: curp, email: fixture.email, captchaID: challenge.id,
                                                                captchaAnswer: Fixture.captchaAnswer))
        }
    }

    @Test func anotherProcessOnTheSameDataCanCheckTheCaptcha() async throws {
        let fixture = try Fixture()
        let challenge = try await fixture.backend.newCaptcha()
        let other = try EmbeddedBackend(configuration: fixture.backend.configuration, logger: Fixture.quietLogger)
        let ticket = try await other.submit(ApplicationRequest(
            curp: try fixture.person(withNSS: false).curp, email: fixture.email, captchaID: challenge.id,
            captchaAnswer: Fixture.captchaAnswer))
        #expect(try await fixture.backend.confirmationStatus(ticket.id) == .pending(expiresAt: ticket.expiresAt))
    }
}
