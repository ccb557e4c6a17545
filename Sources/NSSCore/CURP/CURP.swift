import FoundationEssentials

/// A valid Clave Única de Registro de Población: 18 characters whose structure, date, state, word list
/// and check digit all hold. The only way to get one is through validation or derivation.
public struct CURP: Hashable, Sendable, Codable, CustomStringConvertible {
    /// The 18 uppercase ASCII characters.
    public let value: String

    /// Validates already-normalised text.
    public init(_ text: String, today: CivilDate? = nil) throws(CURPFailure) {
        switch Self.validate(text, today: today) {
        case .success(let curp): self = curp
        case .failure(let failure): throw failure
        }
    }

    init(unchecked value: String) { self.value = value }

    private enum CodingKeys: String, CodingKey { case value }

    /// Decodes `{"value": "…"}` and validates it, so a stored or received CURP is as trustworthy as a typed one.
    public init(from decoder: any Decoder) throws {
        self = try CheckedDecoding.decode(decoder, key: "value") { Self.validate($0).mapError { .init($0.message) } }
    }

    public var description: String { value }

    /// Positions 5–10 and 17, as a calendar date (the century comes from position 17).
    public var birthDate: CivilDate {
        let b = Array(value.utf8)
        return Self.birthDate(b)!
    }

    public var sex: Sex { Sex(rawValue: String(value[value.index(value.startIndex, offsetBy: 10)]))! }

    public var birthState: MexicanState {
        let start = value.index(value.startIndex, offsetBy: 11)
        return MexicanState(rawValue: String(value[start..<value.index(start, offsetBy: 2)]))!
    }

    // MARK: - Normalisation

    /// What a person typed, made comparable: surrounding space trimmed, uppercased, inner spaces and
    /// dashes dropped ("hegg-560427 mvzrrl04" → "HEGG560427MVZRRL04").
    public static func normalize(_ typed: String) -> String {
        var out = String.UnicodeScalarView()
        for scalar in typed.unicodeScalars {
            switch scalar {
            case " ", "\t", "-", "\u{2010}", "\u{2011}", "\u{2012}", "\u{2013}", "\u{2014}", "\u{00A0}", "\r", "\n":
                continue
            case "a"..."z":
                out.append(Unicode.Scalar(scalar.value - 32)!)
            default:
                out.append(scalar)
            }
        }
        // Non-ASCII letters (ñ, accents) are uppercased too, so the message names them as typed.
        let s = String(out)
        return s.utf8.allSatisfy({ $0 < 0x80 }) ? s : s.uppercased()
    }

    // MARK: - Validation

    /// Validates normalised text, returning the first problem found, position by position.
    /// `today`, when given, also rejects birth dates in the future.
    public static func validate(_ text: String, today: CivilDate? = nil) -> Result<CURP, CURPFailure> {
        var bytesOfText = text
        let failure = bytesOfText.withUTF8 { bytes in firstFailure(bytes, original: text, today: today) }
        if let failure { return .failure(failure) }
        return .success(CURP(unchecked: text))
    }

    /// Normalises what a person typed, then validates it.
    public static func check(typed: String, today: CivilDate? = nil) -> Result<CURP, CURPFailure> {
        validate(normalize(typed), today: today)
    }

    @inline(__always) private static func isUpper(_ b: UInt8) -> Bool { b >= 65 && b <= 90 }
    @inline(__always) private static func isDigit(_ b: UInt8) -> Bool { b >= 48 && b <= 57 }
    @inline(__always) private static func isVowel(_ b: UInt8) -> Bool {
        b == 65 || b == 69 || b == 73 || b == 79 || b == 85
    }

    private static func firstFailure(_ b: UnsafeBufferPointer<UInt8>, original: String, today: CivilDate?) -> CURPFailure? {
        if b.isEmpty { return .empty }
        // Non-ASCII text: count and name characters, not bytes.
        if b.contains(where: { $0 >= 0x80 }) { return nonASCIIFailure(original) }
        if b.count != 18 {
            // Report a misplaced character in what was typed before the length, when there is one:
            // it is the more useful message while a person is still typing.
            if let bad = characterClassFailure(b, upTo: min(b.count, 18)) { return bad }
            return .length(actual: b.count)
        }
        if let bad = characterClassFailure(b, upTo: 18) { return bad }
        if !isVowel(b[1]) && b[1] != 88 { return .secondNotVowel(character: Character(Unicode.Scalar(b[1]))) }
        let first4 = (UInt32(b[0]) << 24) | (UInt32(b[1]) << 16) | (UInt32(b[2]) << 8) | UInt32(b[3])
        if InconvenientWords.packed.contains(first4) {
            return .inconvenientWord(String(decoding: UnsafeBufferPointer(rebasing: b[0..<4]), as: UTF8.self))
        }
        let s17 = b[16]
        guard isDigit(s17) || (s17 >= 65 && s17 <= 74) else {
            return .homonymyCentury(character: Character(Unicode.Scalar(s17)))
        }
        guard let date = birthDate(b) else {
            return .impossibleDate(yymmdd: String(decoding: UnsafeBufferPointer(rebasing: b[4..<10]), as: UTF8.self))
        }
        if let today, date > today { return .futureDate(date) }
        let sex = b[10]
        if sex != 72 && sex != 77 && sex != 88 { return .sex(character: Character(Unicode.Scalar(sex))) }
        if !isStateCode(b[11], b[12]) {
            return .state(code: String(decoding: UnsafeBufferPointer(rebasing: b[11..<13]), as: UTF8.self))
        }
        for i in 13..<16 where isVowel(b[i]) {
            return .notConsonant(position: i + 1, character: Character(Unicode.Scalar(b[i])))
        }
        let expected = CURPCheckDigit.compute(UnsafeBufferPointer(rebasing: b[0..<17]))!
        if Int(b[17]) - 48 != expected {
            return .checkDigit(expected: expected, found: Character(Unicode.Scalar(b[17])))
        }
        return nil
    }

    private static func expectedClass(at index: Int) -> CURPFailure.CharacterClass {
        switch index {
        case 0..<4, 10..<16: .letter
        case 4..<10, 17: .digit
        default: .letterOrDigit
        }
    }

    private static func characterClassFailure(_ b: UnsafeBufferPointer<UInt8>, upTo n: Int) -> CURPFailure? {
        for i in 0..<n {
            let c = b[i]
            let cls = expectedClass(at: i)
            let ok = switch cls {
            case .letter: isUpper(c)
            case .digit: isDigit(c)
            case .letterOrDigit: isUpper(c) || isDigit(c)
            }
            if !ok {
                return .characterNotAllowed(position: i + 1, character: Character(Unicode.Scalar(c)), expected: cls)
            }
        }
        return nil
    }

    /// Text with non-ASCII characters: the first misplaced character of the first 18 (counted as
    /// characters, not bytes), else the length.
    private static func nonASCIIFailure(_ text: String) -> CURPFailure {
        var count = 0
        for ch in text {
            if count < 18 {
                let cls = expectedClass(at: count)
                let fits = ch.asciiValue.map { c in
                    switch cls {
                    case .letter: isUpper(c)
                    case .digit: isDigit(c)
                    case .letterOrDigit: isUpper(c) || isDigit(c)
                    }
                } ?? false
                if !fits { return .characterNotAllowed(position: count + 1, character: ch, expected: cls) }
            }
            count += 1
        }
        return .length(actual: count)
    }

    private static let stateCodes: Set<UInt16> = Set(MexicanState.allCases.map { state in
        let u = Array(state.rawValue.utf8)
        return (UInt16(u[0]) << 8) | UInt16(u[1])
    })

    @inline(__always) private static func isStateCode(_ a: UInt8, _ b: UInt8) -> Bool {
        stateCodes.contains((UInt16(a) << 8) | UInt16(b))
    }

    /// The birth date of positions 5–10, with the century from position 17; nil if impossible.
    static func birthDate<B: RandomAccessCollection>(_ b: B) -> CivilDate? where B.Element == UInt8, B.Index == Int {
        func two(_ i: Int) -> Int { Int(b[b.startIndex + i] - 48) * 10 + Int(b[b.startIndex + i + 1] - 48) }
        let p17 = b[b.startIndex + 16]
        let century = (p17 >= 48 && p17 <= 57) ? 1900 : 2000
        return CivilDate(year: century + two(4), month: two(6), day: two(8))
    }
}
