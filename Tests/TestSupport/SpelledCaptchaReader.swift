/// Reads a spelled captcha the way a person does who hears it from a screen reader or feels it on a
/// braille line: every line that names a letter («… Letra ge, como en «gato».», «… Letter g, as in
/// «Golf».») or a digit («… Número siete.», «… Number seven.») gives one character, in order; other
/// lines are passed over. It knows the Spanish and English names of every letter and digit, not the
/// backend's table.
public enum SpelledCaptchaReader {
    /// The characters spelled in `lines`, or nil when none is.
    public static func answer(in lines: [String]) -> String? {
        let characters = lines.compactMap(character)
        return characters.isEmpty ? nil : String(characters)
    }

    /// The character one line spells, if it spells one.
    static func character(in line: String) -> Character? {
        for (lead, names) in [("Letra ", letters), ("Número ", digits), ("Numero ", digits), ("Letter ", englishLetters),
                              ("Number ", englishDigits)] {
            guard let start = line.range(of: lead) else { continue }
            let name = line[start.upperBound...].prefix { $0.isLetter || $0 == " " }
                .split(separator: " ").prefix(2)
            // «uve doble» is the only name of two words; every other name ends at its first word.
            if name.count == 2, let two = names[name.joined(separator: " ")] { return two }
            if let one = name.first.flatMap({ names[String($0)] }) { return one }
        }
        return nil
    }

    static let letters: [String: Character] = [
        "a": "a", "be": "b", "ce": "c", "de": "d", "e": "e", "efe": "f", "ge": "g", "hache": "h", "i": "i",
        "jota": "j", "ka": "k", "ele": "l", "eme": "m", "ene": "n", "eñe": "ñ", "o": "o", "pe": "p", "cu": "q",
        "erre": "r", "ere": "r", "ese": "s", "te": "t", "u": "u", "uve": "v", "ve": "v", "uve doble": "w",
        "equis": "x", "ye": "y", "zeta": "z",
    ]

    /// An English letter is said as itself.
    static let englishLetters: [String: Character] = Dictionary(uniqueKeysWithValues: "abcdefghijklmnopqrstuvwxyz".map {
        (String($0), $0)
    })

    static let englishDigits: [String: Character] = [
        "zero": "0", "one": "1", "two": "2", "three": "3", "four": "4", "five": "5", "six": "6", "seven": "7",
        "eight": "8", "nine": "9",
    ]

    static let digits: [String: Character] = [
        "cero": "0", "uno": "1", "dos": "2", "tres": "3", "cuatro": "4", "cinco": "5", "seis": "6", "siete": "7",
        "ocho": "8", "nueve": "9",
    ]
}
