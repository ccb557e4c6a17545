import Foundation
import Testing
import NSSCore
import TestSupport

@Suite struct FolioTests {
    let sampleInstant = Date(timeIntervalSince1970: 1_739_936_907.655)

    @Test func theIMSSSampleFolioEncodesItsIssueInstant() throws {
        let folio = try #require(Folio("17399369076551325965562"))
        #expect(folio.value == "17399369076551325965562")
        #expect(folio.description == "17399369076551325965562")
        #expect(abs(folio.issuedAt.timeIntervalSince(sampleInstant)) < 0.0005)
        #expect(folio.issuedAt == Date(timeIntervalSince1970: 1_739_936_907.655))
    }

    @Test func aNewFolioIsTwentyThreeDigitsStartingWithTheEpochMilliseconds() {
        var rng = SplitMix64(state: 1)
        let folio = Folio.make(at: sampleInstant, using: &rng)
        #expect(folio.value.utf8.count == 23)
        #expect(folio.value.allSatisfy { $0.isASCII && $0.isNumber })
        #expect(folio.value.hasPrefix("1739936907655"))
    }

    @Test func issuedAtRoundTripsThroughMake() {
        var rng = SplitMix64(state: 7)
        for millis in [Int64(0), 1, 999, 1_739_936_907_655, 1_000_000_000_001, 4_102_444_800_000, 9_999_999_999_999] {
            let instant = Date(timeIntervalSince1970: Double(millis) / 1000)
            let folio = Folio.make(at: instant, using: &rng)
            #expect(folio.value.prefix(13) == String(repeating: "0", count: 13 - String(millis).count) + String(millis))
            #expect(folio.issuedAt == instant)
            #expect(Folio.make(at: folio.issuedAt, using: &rng).value.prefix(13) == folio.value.prefix(13))
        }
    }

    @Test func anInstantBetweenMillisecondsBelongsToTheEarlierOne() {
        var rng = SplitMix64(state: 3)
        let folio = Folio.make(at: Date(timeIntervalSince1970: 1_739_936_907.6559), using: &rng)
        #expect(folio.value.hasPrefix("1739936907655"))
    }

    @Test func theSameSeedGivesTheSameFolio() {
        var a = SplitMix64(state: 42)
        var b = SplitMix64(state: 42)
        #expect(Folio.make(at: sampleInstant, using: &a) == Folio.make(at: sampleInstant, using: &b))
        var c = SplitMix64(state: 43)
        var d = SplitMix64(state: 42)
        #expect(Folio.make(at: sampleInstant, using: &c) != Folio.make(at: sampleInstant, using: &d))
    }

    @Test func theSystemGeneratorAlsoMakesValidFolios() {
        let folio = Folio.make(at: sampleInstant)
        #expect(Folio(folio.value) == folio)
        #expect(folio.value.hasPrefix("1739936907655"))
    }

    @Test func onlyTwentyThreeASCIIDigitsAreAFolio() {
        #expect(Folio("1739936907655132596556") == nil)
        #expect(Folio("173993690765513259655621") == nil)
        #expect(Folio("1739936907655132596556A") == nil)
        #expect(Folio("1739936907655132596556٢") == nil)
        #expect(Folio("") == nil)
    }
}
