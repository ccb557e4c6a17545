/// Derivation of a CURP from a person's data, by the rules of the Instructivo Normativo and the
/// RENAPO "Reglas para la ejecución de los procedimientos para la asignación de la CURP" (2021), §5.
extension CURP {
    /// Derives the 18 characters by the official rules; position 17 is '0' before 2000 and 'A' from 2000 unless `homonymy` is given.
    ///
    /// A missing or letterless surname counts as absent; a single surname, whichever field it came in,
    /// fills the first-surname positions (1, 2 and 14) and positions 3 and 15 become X.
    public static func derive(givenNames: String, firstSurname: String?, secondSurname: String?,
                              birthDate: CivilDate, sex: Sex, state: MexicanState,
                              homonymy: Character? = nil) throws(CURPDerivationFailure) -> CURP {
        let given = try NameNormalization.words(givenNames, field: .givenNames)
        guard !given.isEmpty else { throw .emptyGivenNames }
        var surnames: [[NameNormalization.Word]] = []
        for (text, field) in [(firstSurname, CURPDerivationFailure.NameField.firstSurname), (secondSurname, .secondSurname)] {
            let words = try NameNormalization.words(text ?? "", field: field)
            if !words.isEmpty { surnames.append(words) }
        }

        let year = birthDate.year
        guard (1900...2099).contains(year) else { throw .birthYearOutOfRange(year: year) }
        let position17 = try homonymyByte(homonymy, year: year)

        let name = NameWordChoice.givenName(given)
        let first = surnames.first.map(NameWordChoice.surname)
        let second = surnames.count > 1 ? NameWordChoice.surname(surnames[1]) : nil

        var bytes: [UInt8] = []
        bytes.reserveCapacity(18)
        bytes.append(first.map(Self.initial) ?? x)
        bytes.append(first.map(Self.internalVowel) ?? x)
        bytes.append(second.map(Self.initial) ?? x)
        bytes.append(Self.initial(name))
        if InconvenientWords.all.contains(String(decoding: bytes, as: UTF8.self)) { bytes[1] = x }
        bytes += twoDigits(year % 100) + twoDigits(birthDate.month) + twoDigits(birthDate.day)
        bytes += Array(sex.rawValue.utf8)
        bytes += Array(state.rawValue.utf8)
        bytes.append(first.map(Self.internalConsonant) ?? x)
        bytes.append(second.map(Self.internalConsonant) ?? x)
        bytes.append(Self.internalConsonant(name))
        bytes.append(position17)
        bytes.append(UInt8(ascii: "0") + UInt8(CURPCheckDigit.compute(bytes)!))

        let curp = CURP(unchecked: String(decoding: bytes, as: UTF8.self))
        assert((try? CURP(curp.value)) != nil, "derived \(curp.value) does not validate")
        return curp
    }

    private static let x = UInt8(ascii: "X")

    private static func homonymyByte(_ homonymy: Character?, year: Int) throws(CURPDerivationFailure) -> UInt8 {
        let allowed: ClosedRange<UInt8> = year < 2000 ? UInt8(ascii: "0")...UInt8(ascii: "9") : UInt8(ascii: "A")...UInt8(ascii: "J")
        guard let homonymy else { return allowed.lowerBound }
        guard let byte = homonymy.asciiValue, allowed.contains(byte) else {
            throw .homonymy(character: homonymy, birthYear: year)
        }
        return byte
    }

    private static func twoDigits(_ n: Int) -> [UInt8] {
        [UInt8(ascii: "0") + UInt8(n / 10), UInt8(ascii: "0") + UInt8(n % 10)]
    }

    /// The first character of the word; X when it is Ñ or a special character (rules 1.1, 1.4).
    private static func initial(_ word: NameNormalization.Word) -> UInt8 {
        let c = word[0]
        return (65...90).contains(c) ? c : x
    }

    /// The first vowel after the first character; X when a special character comes first or there is none.
    private static func internalVowel(_ word: NameNormalization.Word) -> UInt8 {
        for c in word.dropFirst() {
            if NameNormalization.isVowel(c) { return c }
            if !NameNormalization.isLetter(c) { return x }
        }
        return x
    }

    /// The first consonant after the first character, Ñ as X; X when a special character comes first
    /// or there is none (rules 1.12, 1.13).
    private static func internalConsonant(_ word: NameNormalization.Word) -> UInt8 {
        for c in word.dropFirst() {
            if c == NameNormalization.enye { return x }
            if !NameNormalization.isLetter(c) { return x }
            if !NameNormalization.isVowel(c) { return c }
        }
        return x
    }
}
