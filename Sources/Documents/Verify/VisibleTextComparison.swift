import Foundation

/// Compares what a PDF shows with what the genuine document shows, text by text.
///
/// Both sides are compared without whitespace (line breaks and justification move spaces around,
/// and no datum is changed by a space) and in Unicode NFC. Where they part, the comparison finds
/// where they meet again and reports the text in between, naming the field it replaced.
enum VisibleTextComparison {
    /// One place where the shown text is not the genuine one.
    struct Difference: Equatable {
        /// The field of the first genuine text that is not shown, if it shows one.
        let field: DocumentField?
        /// The genuine text ("" for text added at the end).
        let expected: String
        /// What the PDF shows in its place ("" when it shows nothing there).
        let shown: String
    }

    static func differences(expected items: [TextRecorder.Item], shown: String) -> [Difference] {
        let expected = items.map { (item: $0, chars: Normalized($0.text).characters) }.filter { !$0.chars.isEmpty }
        // A page with far more text than the document is read only so far: the rest is added
        // text whatever it says, and the search stays quick on a crafted file.
        let actual = Normalized(shown, limit: 2 * expected.reduce(0) { $0 + $1.chars.count } + 2_000)
        var differences: [Difference] = []
        var cursor = 0
        var index = 0
        while index < expected.count {
            if actual.characters.matches(expected[index].chars, at: cursor) {
                cursor += expected[index].chars.count
                index += 1
                continue
            }
            let (resumeIndex, resumeAt) = resynchronise(expected, from: index + 1, in: actual.characters, after: cursor)
            let missing = expected[index..<resumeIndex].map(\.item)
            differences.append(Difference(
                field: missing.first?.field, expected: missing.map(\.text).joined(separator: " "),
                shown: actual.original(cursor..<resumeAt)))
            cursor = resumeAt
            index = resumeIndex
        }
        if cursor < actual.characters.count {
            differences.append(Difference(field: nil, expected: "", shown: actual.original(cursor..<actual.characters.count)))
        }
        return differences
    }

    /// The first later item found again, with where: two consecutive items must match, so that a
    /// short text ("CURP:") does not resynchronise on a chance occurrence.
    private static func resynchronise(_ expected: [(item: TextRecorder.Item, chars: [Character])], from start: Int,
                                      in actual: [Character], after cursor: Int) -> (Int, Int) {
        for index in start..<expected.count {
            let anchor = expected[index].chars + (index + 1 < expected.count ? expected[index + 1].chars : [])
            var position = cursor
            while position + anchor.count <= actual.count {
                if actual.matches(anchor, at: position) { return (index, position) }
                position += 1
            }
        }
        return (expected.count, actual.count)
    }

    /// Text without whitespace, remembering where each character came from.
    private struct Normalized {
        let characters: [Character]
        private let source: [Character]
        private let origins: [Int]

        init(_ text: String, limit: Int = .max) {
            source = Array(text.precomposedStringWithCanonicalMapping)
            var characters: [Character] = []
            var origins: [Int] = []
            for (offset, character) in source.enumerated() where !character.isWhitespace {
                if characters.count == limit { break }
                characters.append(character)
                origins.append(offset)
            }
            self.characters = characters
            self.origins = origins
        }

        /// The original text, spaces included, behind a range of normalised characters.
        func original(_ range: Range<Int>) -> String {
            guard !range.isEmpty else { return "" }
            return String(source[origins[range.lowerBound]...origins[range.upperBound - 1]])
        }
    }
}

private extension Array where Element == Character {
    func matches(_ needle: [Character], at position: Int) -> Bool {
        position + needle.count <= count && self[position..<position + needle.count].elementsEqual(needle)
    }
}
