import NSSCore
import PropertyBased
import TestSupport

/// Generators shared by the property tests.
enum TestGen {
    /// Spanish-looking words with accents, Ñ, Ü, other diaeresis, CH/LL, single letters, hyphens and
    /// the special characters / . ' ´ ’, in random case.
    static let word = Generator<String, Shrink.None<String>> { rng in randomWord(using: &rng) }

    /// One to three words, sometimes led by particles or by MARIA/JOSE and their abbreviations.
    static let name = Generator<String, Shrink.None<String>> { rng in randomName(using: &rng) }

    /// A surname, or nil, or text without letters (both count as missing).
    static let surname = Generator<String?, Shrink.None<String?>> { rng in
        switch Int.random(in: 0..<10, using: &rng) {
        case 0: nil
        case 1: ["", "  ", ".", "-"].randomElement(using: &rng)!
        default: randomName(using: &rng)
        }
    }

    /// A real calendar date between 1900 and 2099.
    static let birthDate = zip(Gen.int(in: 1900...2099), Gen.int(in: 1...12), Gen.int(in: 1...31))
        .compactMap { year, month, day in CivilDate(year: year, month: month, day: day) }

    /// A valid CURP derived from random data, with a random homonymy character for its century.
    static let curp = zip(name, surname, surname, birthDate, Gen<Sex>.case, Gen<MexicanState>.case,
                          Gen.int(in: 0...9))
        .map { given, first, second, date, sex, state, homonymy in
            let position17 = Array(date.year < 2000 ? "0123456789" : "ABCDEFGHIJ")[homonymy]
            return try! CURP.derive(givenNames: given, firstSurname: first, secondSurname: second,
                                    birthDate: date, sex: sex, state: state, homonymy: position17)
        }

    /// Arbitrary Unicode text: controls, ASCII, Latin-1, combining marks, bidi and zero-width
    /// characters, CJK, emoji and other supplementary-plane scalars (never lone surrogates).
    static let unicodeText = Generator<String, Shrink.None<String>> { rng in
        var scalars = String.UnicodeScalarView()
        for _ in 0..<Int.random(in: 0...40, using: &rng) {
            scalars.append(randomScalar(using: &rng))
        }
        return String(scalars)
    }

    /// Text close to a CURP: a valid one with a few random insertions, deletions or replacements.
    static let nearCURP = zip(curp, Generator<[Int], Shrink.None<[Int]>> { rng in
        (0..<Int.random(in: 1...3, using: &rng)).map { _ in Int.random(in: 0..<1_000_000, using: &rng) }
    }).map { curp, edits in
        var characters = Array(curp.value.unicodeScalars)
        for edit in edits {
            var rng = SplitMix64(state: UInt64(edit))
            let scalar = randomScalar(using: &rng)
            let index = edit % (characters.count + 1)
            switch edit % 3 {
            case 0: characters.insert(scalar, at: index)
            case 1 where index < characters.count: characters.remove(at: index)
            default: if index < characters.count { characters[index] = scalar }
            }
        }
        var view = String.UnicodeScalarView()
        view.append(contentsOf: characters)
        return String(view)
    }

    static func randomScalar(using rng: inout some RandomNumberGenerator) -> Unicode.Scalar {
        let ranges: [ClosedRange<UInt32>] = [
            0x00...0x1F, 0x20...0x7E, 0x20...0x7E, 0x41...0x5A, 0x30...0x39, 0x7F...0xFF, 0x300...0x36F,
            0x200B...0x200F, 0x2028...0x202E, 0x0600...0x06FF, 0x4E00...0x9FFF, 0xE000...0xF8FF,
            0xFE00...0xFFFF, 0x1F300...0x1FAFF, 0x10000...0x10FFFF,
        ]
        let range = ranges.randomElement(using: &rng)!
        return Unicode.Scalar(UInt32.random(in: range, using: &rng))!
    }

    private static let onsets = ["B", "C", "CH", "D", "F", "G", "GU", "H", "J", "K", "L", "LL", "M", "N", "Ñ", "P",
                                 "QU", "R", "RR", "S", "T", "V", "W", "X", "Y", "Z", "BR", "TR", "PL", ""]
    private static let nuclei = ["A", "E", "I", "O", "U", "Á", "É", "Í", "Ó", "Ú", "Ü", "IA", "UE", "Ë", "Ö"]
    private static let codas = ["", "", "", "N", "S", "R", "L", "Z", "X", "Ñ"]
    private static let specials = ["/", "-", ".", "'", "´", "’"]
    private static let leaders = ["DE", "DE LA", "DEL", "DE LOS", "LA", "LAS", "Y", "MC", "MAC", "VAN", "VON", "DA",
                                  "DI", "DER", "DIE", "DD", "EL", "LE", "LES", "DAS", "LOS"]
    private static let firstNames = ["MARIA", "MARÍA", "MA.", "MA", "M.", "M", "JOSE", "JOSÉ", "J.", "J"]

    static func randomWord(using rng: inout some RandomNumberGenerator) -> String {
        var word = ""
        switch Int.random(in: 0..<12, using: &rng) {
        case 0:
            word = String("ABCDEFGHIJKLMNÑOPQRSTUVWXYZ".randomElement(using: &rng)!)
        case 1:
            word = specials.randomElement(using: &rng)! + randomSyllables(using: &rng)
        default:
            word = randomSyllables(using: &rng)
        }
        if Int.random(in: 0..<8, using: &rng) == 0 {
            word += specials.randomElement(using: &rng)! + randomSyllables(using: &rng)
        }
        return Bool.random(using: &rng) ? word : word.lowercased()
    }

    static func randomName(using rng: inout some RandomNumberGenerator) -> String {
        var words = (0..<Int.random(in: 1...3, using: &rng)).map { _ in randomWord(using: &rng) }
        switch Int.random(in: 0..<6, using: &rng) {
        case 0: words.insert(leaders.randomElement(using: &rng)!, at: 0)
        case 1: words.insert(firstNames.randomElement(using: &rng)!, at: 0)
        default: break
        }
        return words.joined(separator: Int.random(in: 0..<5, using: &rng) == 0 ? "  " : " ")
    }

    private static func randomSyllables(using rng: inout some RandomNumberGenerator) -> String {
        (0..<Int.random(in: 1...4, using: &rng)).map { _ in
            onsets.randomElement(using: &rng)! + nuclei.randomElement(using: &rng)! + codas.randomElement(using: &rng)!
        }.joined()
    }
}
