/// The texts of one language, by phrase: what a catalogue file (`idiomas/CODE.toml`) gave, and Spanish
/// for whatever it lacks, so that a missing or wrong text never leaves a screen blank.
///
/// Catalogues are read and checked by the backend program (which links the TOML parser) and handed to
/// the wizard in the service's greeting: the wizard's start reads no file.
public final class Catalogue: Sendable, Hashable, Codable, CustomStringConvertible {
    /// The language's code, the name of its file (`en` for `en.toml`).
    public let code: String
    /// By `Phrase.rawValue`; nil where Spanish is used.
    private let texts: [String?]

    /// A catalogue of `code` with `texts`; a phrase not in it is said in Spanish.
    public init(code: String, texts: [Phrase: String]) {
        self.code = code
        var all = [String?](repeating: nil, count: Phrase.count)
        for (phrase, text) in texts { all[phrase.rawValue] = text }
        self.texts = all
    }

    /// The reference: every phrase in Spanish.
    public static let spanish = Catalogue(code: "es", texts: [:])

    /// The catalogue of the person in front of the terminal. Each front end binds the one its state
    /// holds while it handles an event and draws; anything else (the staff tools, the service's logs)
    /// speaks Spanish.
    @TaskLocal public static var current: Catalogue = .spanish

    /// The text of `phrase` in this language, Spanish where it has none.
    public func text(_ phrase: Phrase) -> String {
        texts[phrase.rawValue] ?? Phrase.spanish[phrase.rawValue]
    }

    /// The text of `phrase` in this language with its placeholders (`{folio}`) filled: for what is written
    /// in a language other than the one bound (`current`), such as an email in the applicant's.
    public func text(_ phrase: Phrase, _ values: KeyValuePairs<String, String>) -> String {
        Placeholders.fill(text(phrase), values)
    }

    /// The catalogue of `code` among `catalogues`; Spanish for no code, Spanish's own, or one not there.
    public static func named(_ code: String?, among catalogues: [Catalogue]) -> Catalogue {
        guard let code, code != spanish.code else { return .spanish }
        return catalogues.first { $0.code == code } ?? .spanish
    }

    /// The phrases this catalogue says in its own words.
    public var translated: [Phrase] { Phrase.allCases.filter { texts[$0.rawValue] != nil } }

    /// The language's name in itself («English»), for the key that switches to it.
    public var name: String { text(.languageName) }

    public var description: String { code }

    public static func == (a: Catalogue, b: Catalogue) -> Bool { a === b || (a.code == b.code && a.texts == b.texts) }
    public func hash(into hasher: inout Hasher) { hasher.combine(code) }

    private enum CodingKeys: String, CodingKey { case code, texts }

    /// Texts travel in phrase order: both programs are always installed together (the service's
    /// protocol version says so); a list of another length is refused.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        code = try container.decode(String.self, forKey: .code)
        let texts = try container.decode([String?].self, forKey: .texts)
        guard texts.count == Phrase.count else {
            throw DecodingError.dataCorruptedError(forKey: .texts, in: container,
                                                   debugDescription: "a catalogue of \(texts.count) phrases")
        }
        self.texts = texts
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(code, forKey: .code)
        try container.encode(texts, forKey: .texts)
    }
}

extension Phrase {
    /// The phrase in the current catalogue (`Catalogue.current`).
    public var text: String { Catalogue.current.text(self) }

    /// The phrase in the current catalogue with its placeholders (`{folio}`) filled.
    public func text(_ values: KeyValuePairs<String, String>) -> String {
        Placeholders.fill(text, values)
    }

    /// Its Spanish key as a catalogue file writes it.
    public var key: String { Phrase.keys[rawValue] }

    /// The placeholders its Spanish text takes: those every translation must take, no more, no fewer.
    public var placeholders: [String] { Placeholders.names(in: Phrase.spanish[rawValue]) }
}
