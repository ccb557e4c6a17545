import Testing
@testable import NSSCore

@Suite struct InconvenientWordsTests {
    @Test func theOfficialListHasEightyOneWords() {
        #expect(InconvenientWords.all.count == 81)
        #expect(InconvenientWords.packed.count == 81)
    }

    @Test func everyWordIsFourUppercaseASCIILetters() {
        for word in InconvenientWords.all {
            #expect(word.utf8.count == 4)
            #expect(word.utf8.allSatisfy { (65...90).contains($0) })
        }
    }

    @Test func listedWordsAreFoundAndTheirXFormsAreNot() {
        for word in ["BACA", "PEDO", "PUTO", "MEAR", "WUEY", "QULO"] {
            #expect(InconvenientWords.contains(word))
        }
        for word in InconvenientWords.all {
            let withX = String(word.prefix(1)) + "X" + String(word.dropFirst(2))
            #expect(!InconvenientWords.contains(withX))
        }
    }

    @Test func lookupIsExactAndCaseSensitive() {
        #expect(!InconvenientWords.contains("baca"))
        #expect(!InconvenientWords.contains("BACAS"))
        #expect(!InconvenientWords.contains("HEGG"))
    }
}
