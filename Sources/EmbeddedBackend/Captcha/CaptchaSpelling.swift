/// The accessible captcha's text: each character on a line of its own, said the way a Spanish speaker
/// spells over the phone — a letter by its name and a word that starts with it («Letra be, como en
/// «burro».», so that be, de, e and te are not mistaken when a screen reader says them), a digit by its
/// name — and each line led by its place in words («Tercero:»), never by a digit that could be typed
/// by mistake. Case is never said: the spelled answer ignores it (`CaptchaAnswerRule`).
enum CaptchaSpelling {
    /// What a spelled challenge is drawn from: the captcha's small letters and digits, since case is not
    /// compared.
    static let symbols = CaptchaAlphabet.lowercase + CaptchaAlphabet.digits

    /// How many characters a real spelled challenge has: few enough to keep in mind while typing.
    static let challengeLength = 5

    /// One sentence per character of `answer` (characters of `CaptchaAlphabet`, of either case).
    static func lines<R: RandomNumberGenerator>(for answer: String, using rng: inout R) -> [String] {
        answer.enumerated().map { index, character in
            "\(ordinals[index]): \(spelled(character, using: &rng))."
        }
    }

    /// «Letra ge, como en «gato»» or «Número siete».
    static func spelled<R: RandomNumberGenerator>(_ character: Character, using rng: inout R) -> String {
        let small = Character(character.lowercased())
        if let name = digitNames[small] { return "Número \(name)" }
        let (name, words) = letters[small]!
        return "Letra \(name), como en «\(words.randomElement(using: &rng)!)»"
    }

    /// Places up to `CaptchaAlphabet.maximumTestAnswerLength`.
    static let ordinals = ["Primero", "Segundo", "Tercero", "Cuarto", "Quinto", "Sexto", "Séptimo", "Octavo"]

    static let digitNames: [Character: String] = ["2": "dos", "3": "tres", "4": "cuatro", "5": "cinco", "7": "siete"]

    /// Each letter's Spanish name and everyday words that begin with it.
    static let letters: [Character: (name: String, words: [String])] = [
        "a": ("a", ["árbol", "agua", "avión"]),
        "b": ("be", ["burro", "boca", "barco"]),
        "d": ("de", ["dado", "dedo", "dulce"]),
        "e": ("e", ["elote", "escuela", "estrella"]),
        "f": ("efe", ["foco", "fresa", "flor"]),
        "g": ("ge", ["gato", "globo", "gorra"]),
        "h": ("hache", ["hoja", "huevo", "helado"]),
        "m": ("eme", ["mesa", "mano", "mango"]),
        "n": ("ene", ["nube", "nariz", "nopal"]),
        "r": ("erre", ["ratón", "rosa", "reloj"]),
        "t": ("te", ["taza", "tortuga", "tomate"]),
    ]
}
