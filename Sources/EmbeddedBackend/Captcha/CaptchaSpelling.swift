import NSSCore

/// The accessible captcha's text: each character on a line of its own, said the way a person spells over
/// the phone in their language — a letter by its name and a word that starts with it («Letra be, como en
/// «burro».», so that be, de, e and te are not mistaken when a screen reader says them; «Letter b, as in
/// «Bravo».»), a digit by its name — and each line led by its place in words («Tercero:»), never by a digit
/// that could be typed by mistake. Case is never said: the spelled answer ignores it (`CaptchaAnswerRule`).
/// The words are the catalogue's (`captcha.spelling`), so an office that adds a language spells in it.
enum CaptchaSpelling {
    /// What a spelled challenge is drawn from: the captcha's small letters and digits, since case is not
    /// compared.
    static let symbols = CaptchaAlphabet.lowercase + CaptchaAlphabet.digits

    /// How many characters a real spelled challenge has: few enough to keep in mind while typing.
    static let challengeLength = 5

    /// One sentence per character of `answer` (characters of `CaptchaAlphabet`, of either case), in the
    /// language of `catalogue`.
    static func lines<R: RandomNumberGenerator>(for answer: String, in catalogue: Catalogue = .spanish,
                                                using rng: inout R) -> [String] {
        answer.enumerated().map { index, character in
            catalogue.text(.captchaSpellingLine, ["lugar": catalogue.text(places[index]),
                                                  "caracter": spelled(character, in: catalogue, using: &rng)])
        }
    }

    /// «Letra ge, como en «gato»» or «Número siete».
    static func spelled<R: RandomNumberGenerator>(_ character: Character, in catalogue: Catalogue,
                                                  using rng: inout R) -> String {
        let small = Character(character.lowercased())
        if let name = digits[small] { return catalogue.text(.captchaSpellingDigit, ["nombre": catalogue.text(name)]) }
        let (name, words) = letters[small]!
        return catalogue.text(.captchaSpellingLetter, ["nombre": catalogue.text(name),
                                                       "palabra": word(words, in: catalogue, using: &rng)])
    }

    /// One of the words of the list (`words_b = "burro, boca, barco"`), at random; Spanish's for a list
    /// left empty.
    static func word<R: RandomNumberGenerator>(_ list: Phrase, in catalogue: Catalogue, using rng: inout R) -> String {
        for text in [catalogue.text(list), Catalogue.spanish.text(list)] {
            let words = text.split(separator: ",").map { $0.trimmingWhiteSpace() }.filter { !$0.isEmpty }
            if let word = words.randomElement(using: &rng) { return word }
        }
        return ""
    }

    /// Places up to `CaptchaAlphabet.maximumTestAnswerLength`.
    static let places: [Phrase] = [.captchaSpellingPlace1, .captchaSpellingPlace2, .captchaSpellingPlace3, .captchaSpellingPlace4,
                                   .captchaSpellingPlace5, .captchaSpellingPlace6, .captchaSpellingPlace7, .captchaSpellingPlace8]

    static let digits: [Character: Phrase] = ["2": .captchaSpellingDigit2, "3": .captchaSpellingDigit3, "4": .captchaSpellingDigit4,
                                              "5": .captchaSpellingDigit5, "7": .captchaSpellingDigit7]

    /// Each letter's name, and the list of words that begin with it.
    static let letters: [Character: (name: Phrase, words: Phrase)] = [
        "a": (.captchaSpellingLetterA, .captchaSpellingWordsA),
        "b": (.captchaSpellingLetterB, .captchaSpellingWordsB),
        "d": (.captchaSpellingLetterD, .captchaSpellingWordsD),
        "e": (.captchaSpellingLetterE, .captchaSpellingWordsE),
        "f": (.captchaSpellingLetterF, .captchaSpellingWordsF),
        "g": (.captchaSpellingLetterG, .captchaSpellingWordsG),
        "h": (.captchaSpellingLetterH, .captchaSpellingWordsH),
        "m": (.captchaSpellingLetterM, .captchaSpellingWordsM),
        "n": (.captchaSpellingLetterN, .captchaSpellingWordsN),
        "r": (.captchaSpellingLetterR, .captchaSpellingWordsR),
        "t": (.captchaSpellingLetterT, .captchaSpellingWordsT),
    ]
}
