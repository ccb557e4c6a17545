/// A Número de Seguridad Social: 11 digits `SS AA NN CCCC D` (subdelegación, año de alta, año de
/// nacimiento, consecutivo, dígito verificador Luhn).
public struct NSS: Hashable, Sendable, Codable, CustomStringConvertible {
    /// The 11 digits.
    public let digits: String

    public init(_ text: String) throws(NSSFailure) {
        if let failure = Self.failure(text) { throw failure }
        digits = text
    }

    private enum CodingKeys: String, CodingKey { case digits }

    /// Decodes `{"digits": "…"}` and validates it, check digit included.
    public init(from decoder: any Decoder) throws {
        digits = try CheckedDecoding.decode(decoder, key: "digits") { text in
            Self.failure(text).map { .failure(.init($0.message)) } ?? .success(text)
        }
    }

    /// Composes an NSS from its parts, computing the check digit.
    public init(subdelegation: Int, registrationYear: Int, birthYear: Int, consecutive: Int) {
        precondition((0...99).contains(subdelegation) && (0...9999).contains(consecutive)
            && registrationYear >= 0 && birthYear >= 0, "NSS parts out of range")
        let body = Self.pad(subdelegation, 2) + Self.pad(registrationYear % 100, 2)
            + Self.pad(birthYear % 100, 2) + Self.pad(consecutive, 4)
        digits = body + String(Self.checkDigit(body)!)
    }

    public var description: String { digits }

    /// `12 34 56 7890 1`, grouped as its parts, for reading aloud and on paper.
    public var formatted: String {
        let d = Array(digits)
        return "\(String(d[0..<2])) \(String(d[2..<4])) \(String(d[4..<6])) \(String(d[6..<10])) \(d[10])"
    }

    public var subdelegation: Int { Int(digits.prefix(2))! }
    public var registrationYear: Int { Int(digits.dropFirst(2).prefix(2))! }
    public var birthYear: Int { Int(digits.dropFirst(4).prefix(2))! }
    public var consecutive: Int { Int(digits.dropFirst(6).prefix(4))! }

    /// Normalises typed text: drops spaces and dashes.
    public static func normalize(_ typed: String) -> String {
        String(typed.filter { $0 != " " && $0 != "-" && $0 != "\t" })
    }

    /// The Luhn check digit over the first 10 digits (weights 1, 2, 1, 2… from the left).
    public static func checkDigit(_ first10: String) -> Int? {
        let d = first10.utf8.prefix(10).map { Int($0) - 48 }
        guard d.count == 10, d.allSatisfy({ (0...9).contains($0) }) else { return nil }
        var sum = 0
        for (i, digit) in d.enumerated() {
            let p = digit * (i % 2 == 0 ? 1 : 2)
            sum += p / 10 + p % 10
        }
        return (10 - sum % 10) % 10
    }

    public static func validate(_ text: String) -> Result<NSS, NSSFailure> {
        if let failure = failure(text) { return .failure(failure) }
        return .success(try! NSS(text))
    }

    static func failure(_ text: String) -> NSSFailure? {
        if text.isEmpty { return .empty }
        for (i, ch) in text.enumerated() where !("0"..."9").contains(ch) || !ch.isASCII {
            return .notDigit(position: i + 1, character: ch)
        }
        if text.count != 11 { return .length(actual: text.count) }
        let expected = checkDigit(text)!
        if Int(text.utf8.last!) - 48 != expected { return .checkDigit(expected: expected) }
        return nil
    }

    static func pad(_ n: Int, _ width: Int) -> String {
        let s = String(n)
        return s.count >= width ? s : String(repeating: "0", count: width - s.count) + s
    }
}

/// Why a text is not a valid NSS.
public enum NSSFailure: Error, Hashable, Sendable {
    case empty
    case notDigit(position: Int, character: Character)
    case length(actual: Int)
    case checkDigit(expected: Int)

    public var code: String {
        switch self {
        case .empty: "vacio"
        case .notDigit: "caracter"
        case .length: "longitud"
        case .checkDigit: "digito-verificador"
        }
    }

    public var message: String {
        switch self {
        case .empty: "Escribe el NSS: son 11 dígitos."
        case .notDigit(let pos, let ch):
            "El NSS sólo lleva dígitos; en la posición \(pos) hay «\(CURPFailure.printable(ch))»."
        case .length(let n): "El NSS tiene 11 dígitos; éste tiene \(n)."
        case .checkDigit(let expected):
            "El dígito verificador (el último) no corresponde: se esperaba \(expected)."
        }
    }
}
