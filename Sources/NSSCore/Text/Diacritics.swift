/// Letters without their accents, diaeresis, tilde or cedilla: "Núñez" → "Nunez", "Ángela" → "Angela".
///
/// A table of the precomposed Latin letters (Latin-1 Supplement and Latin Extended-A, which cover
/// Spanish and the names of Mexico's registry), plus dropping combining marks, so that a decomposed
/// "N\u{303}" folds like "Ñ". Written here rather than taken from Foundation's `folding(options:)`
/// because the wizard's program links only FoundationEssentials, which has no Unicode normalisation.
public enum Diacritics {
    public static func strip<S: StringProtocol>(_ text: S) -> String {
        var scalars = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if (0x300...0x36F).contains(scalar.value) { continue }   // combining diacritical marks
            scalars.append(base[scalar] ?? scalar)
        }
        return String(scalars)
    }

    /// Whether `character` is a letter this table folds (or plain ASCII).
    public static func folds(_ character: Character) -> Bool {
        character.unicodeScalars.allSatisfy { $0.isASCII || base[$0] != nil || (0x300...0x36F).contains($0.value) }
    }

    private static let base: [Unicode.Scalar: Unicode.Scalar] = {
        let groups: [(String, Unicode.Scalar)] = [
            ("ÀÁÂÃÄÅĀĂĄ", "A"), ("àáâãäåāăą", "a"), ("ÇĆĈĊČ", "C"), ("çćĉċč", "c"), ("ĎĐ", "D"), ("ďđ", "d"),
            ("ÈÉÊËĒĔĖĘĚ", "E"), ("èéêëēĕėęě", "e"), ("ĜĞĠĢ", "G"), ("ĝğġģ", "g"), ("ĤĦ", "H"), ("ĥħ", "h"),
            ("ÌÍÎÏĨĪĬĮİ", "I"), ("ìíîïĩīĭįı", "i"), ("Ĵ", "J"), ("ĵ", "j"), ("Ķ", "K"), ("ķ", "k"),
            ("ĹĻĽĿŁ", "L"), ("ĺļľŀł", "l"), ("ÑŃŅŇ", "N"), ("ñńņň", "n"), ("ÒÓÔÕÖŌŎŐ", "O"), ("òóôõöōŏő", "o"),
            ("ŔŖŘ", "R"), ("ŕŗř", "r"), ("ŚŜŞŠ", "S"), ("śŝşš", "s"), ("ŢŤŦ", "T"), ("ţťŧ", "t"),
            ("ÙÚÛÜŨŪŬŮŰŲ", "U"), ("ùúûüũūŭůűų", "u"), ("Ŵ", "W"), ("ŵ", "w"), ("ÝŶŸ", "Y"), ("ýÿŷ", "y"),
            ("ŹŻŽ", "Z"), ("źżž", "z"),
        ]
        var table: [Unicode.Scalar: Unicode.Scalar] = [:]
        for (letters, letter) in groups {
            for scalar in letters.unicodeScalars { table[scalar] = letter }
        }
        return table
    }()
}
