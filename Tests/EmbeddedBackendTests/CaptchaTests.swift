@testable import EmbeddedBackend
import Foundation
import GRDB
import NSSCore
import Testing
import TestSupport

/// The captcha picture: its alphabet, its font, how it is distorted against a program that reads it, and
/// its life in the database.
@Suite(.runsPrograms) struct CaptchaTests {
    @Test func alphabetHasNoLookAlikes() {
        for banned in "0Oo1lIicCsSuUvVwWxXzZ" {
            #expect(!CaptchaAlphabet.contains(banned), "\(banned) is not in the alphabet")
        }
        #expect(CaptchaAlphabet.symbols.contains { $0.isUppercase })
        #expect(CaptchaAlphabet.symbols.contains { $0.isLowercase })
        #expect(Set(CaptchaAlphabet.symbols).count == CaptchaAlphabet.symbols.count)
    }

    @Test func everyFormOfEverySymbolHasSevenEvenRows() throws {
        for symbol in CaptchaAlphabet.symbols {
            let forms = CaptchaFont.forms(symbol)
            #expect(forms.first == CaptchaFont.glyph(symbol))
            for form in forms {
                #expect(form.count == CaptchaFont.height)
                #expect(Set(form.map(\.count)).count == 1, "\(symbol) has rows of one width")
                #expect(form[0].count >= 3, "\(symbol) has an inner column to widen")
            }
        }
    }

    /// The topmost row with ink, and how many rows above the baseline have ink.
    static func shape(_ form: [String]) -> (top: Int, heightAboveBaseline: Int) {
        let inkRows = form.indices.filter { form[$0].contains("#") }
        return (inkRows.first!, inkRows.filter { $0 <= CaptchaFont.baselineRow }.count)
    }

    @Test func lowercaseIsVisiblyShorterThanUppercaseInEveryForm() {
        let capitals = (CaptchaAlphabet.uppercase + CaptchaAlphabet.digits).flatMap(CaptchaFont.forms).map(Self.shape)
        let smalls = CaptchaAlphabet.lowercase.flatMap(CaptchaFont.forms).map(Self.shape)
        let shortestCapital = capitals.map(\.heightAboveBaseline).min()!
        let highestSmallTop = smalls.map(\.top).min()!
        #expect(capitals.allSatisfy { $0.top == 0 })
        #expect(highestSmallTop >= 1, "no small letter reaches the capital line")
        #expect(smalls.allSatisfy { $0.heightAboveBaseline < shortestCapital })
        #expect(smalls.filter { $0.top >= 2 }.count >= smalls.count / 3, "many small letters are x-height")
    }

    static let samples = ["ABDEFGHM", "abdefghm", "NRT23457", "nrtaTb2e", "Gb7hEr"]

    @Test(arguments: [CaptchaDistortion.standard, .none])
    func pictureFitsTheTerminal(_ distortion: CaptchaDistortion) {
        var rng = SplitMix64(state: 11)
        for text in Self.samples {
            for _ in 0..<20 {
                let lines = CaptchaPicture.draw(text, distortion: distortion, using: &rng)
                #expect(lines.count == CaptchaPicture.rows)
                #expect(lines.allSatisfy { $0.count <= CaptchaPicture.maximumColumns && $0.count == lines[0].count })
                #expect(lines.allSatisfy { $0.unicodeScalars.allSatisfy { (0x20...0x7E).contains($0.value) } })
                let cells = lines.joined()
                let noise = cells.filter { CaptchaPicture.noise.contains($0) }.count
                let blank = cells.filter { $0 == " " }.count
                #expect(Double(noise) < 0.15 * Double(noise + blank), "the noise is light")
            }
        }
    }

    /// Glyphs stay whole and apart for a person: every glyph's ink is there, in its own ink, and no cell
    /// of another glyph is beside or above or below one of its cells.
    @Test func distortedGlyphsNeverOverlapNorTouchSideBySide() {
        var rng = SplitMix64(state: 5)
        for _ in 0..<200 {
            var occupied: Set<CaptchaPicture.Cell> = []
            for character in "Gb7hEr" {
                let shape = CaptchaPicture.shape(character, distortion: .standard, slant: 1, using: &rng)
                let column = (occupied.map(\.column).max() ?? 0) - 2
                var placed = column
                while !CaptchaPicture.fits(shape, top: 1, column: placed, beside: occupied) { placed += 1 }
                let cells = shape.map { CaptchaPicture.Cell(row: 1 + $0.row, column: placed + $0.column) }
                for cell in cells {
                    #expect(!occupied.contains(cell))
                    #expect(!occupied.contains(CaptchaPicture.Cell(row: cell.row, column: cell.column + 1)))
                    #expect(!occupied.contains(CaptchaPicture.Cell(row: cell.row - 1, column: cell.column)))
                }
                occupied.formUnion(cells)
            }
        }
    }

    /// The solver is a real one: it reads the pictures of earlier versions, font as it is and glyphs
    /// apart, every time.
    @Test func theTemplateSolverReadsUndistortedPictures() {
        var rng = SplitMix64(state: 2024)
        var solved = 0
        for _ in 0..<200 {
            let text = Self.randomAnswer(using: &rng)
            if TemplateSolver.read(CaptchaPicture.draw(text, distortion: .none, using: &rng)) == text { solved += 1 }
        }
        #expect(solved == 200)
    }

    /// What the backend draws defeats it: glyphs that touch leave it no column to split at, and forms,
    /// widths and slants the font does not have leave it no template to match.
    @Test func theTemplateSolverFailsOnNearlyEveryPicture() {
        var rng = SplitMix64(state: 2024)
        var solved = 0
        for _ in 0..<200 {
            let text = Self.randomAnswer(using: &rng)
            if TemplateSolver.read(CaptchaPicture.draw(text, using: &rng)) == text { solved += 1 }
        }
        #expect(solved <= 2, "the solver read \(solved) of 200 pictures")
    }

    /// A real challenge's text, as the backend makes it.
    static func randomAnswer(using rng: inout SplitMix64) -> String {
        let symbols = Array(CaptchaAlphabet.symbols)
        return String((0..<Int.random(in: CaptchaAlphabet.challengeLengths, using: &rng)).map { _ in
            symbols.randomElement(using: &rng)!
        })
    }

    @Test func realChallengesAreDistortedPicturesOfFiveOrSixCharactersWithoutTestMark() async throws {
        let directory = TemporaryDirectory.make()
        let backend = try EmbeddedBackend(configuration: EmbeddedConfiguration(dataDirectory: directory),
                                          logger: Fixture.quietLogger)
        var solved = 0
        for _ in 0..<20 {
            let challenge = try await backend.newCaptcha()
            #expect(!challenge.isTestMode)
            #expect(challenge.kind == .picture)
            let answer = try #require(try await Self.storedAnswer(challenge.id, in: backend))
            #expect(CaptchaAlphabet.challengeLengths.contains(answer.count))
            if TemplateSolver.read(challenge.lines) == answer { solved += 1 }
        }
        #expect(solved <= 5, "the backend draws with distortion: the solver read \(solved) of 20")
        #expect(!backend.isTestMode)
    }

    /// The answer the backend keeps for a captcha.
    static func storedAnswer(_ id: CaptchaID, in backend: EmbeddedBackend) async throws -> String? {
        try await backend.database.read { db in
            try String.fetchOne(db, sql: "SELECT answer FROM captcha WHERE id = ?", arguments: [id.rawValue])
        }
    }

    @Test func testModePicturesSayTestModeAndTakeTheTestAnswer() async throws {
        let fixture = try Fixture()
        let challenge = try await fixture.backend.newCaptcha()
        #expect(challenge.isTestMode)
        #expect(fixture.backend.isTestMode)
        #expect(try await Self.storedAnswer(challenge.id, in: fixture.backend) == Fixture.captchaAnswer)
        _ = try await fixture.submit(try fixture.person(withNSS: false).curp)
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
