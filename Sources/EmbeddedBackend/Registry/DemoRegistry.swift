import NSSCore

/// The demo population of a new registry: the same people on every machine, from a fixed seed, with
/// CURPs derived by the official algorithm. About 40% already have an NSS (their procedure is a
/// localización); the rest get one assigned (asignación). A few are homonyms, told apart by position 17.
enum DemoRegistry {
    static let size = 600
    static let seed: UInt64 = 0x4E53_532D_4B49_4F53

    static func people() -> [PersonRecord] {
        var rng = SeededGenerator(seed: seed)
        var people: [PersonRecord] = []
        var previous: Identity?
        var homonyms: [String: Int] = [:]
        var numbers: Set<String> = []
        while people.count < size {
            let data = people.count % 97 == 50 ? previous! : Identity.random(&rng)
            previous = data
            let plain = try! data.curp(homonymy: nil)
            let key = String(plain.value.prefix(16))
            let earlier = homonyms[key, default: 0]
            precondition(earlier < 10, "position 17 tells at most ten homonyms apart")
            homonyms[key] = earlier + 1
            let curp = try! data.curp(homonymy: homonymyCharacter(earlier, birthYear: data.birthDate.year))
            var nss: NSS?
            if rng.chance(percent: 40) {
                nss = existingNSS(birthYear: data.birthDate.year, &rng, avoiding: &numbers)
            }
            people.append(PersonRecord(curp: curp, givenNames: data.givenNames, firstSurname: data.firstSurname,
                                       secondSurname: data.secondSurname, sex: data.sex, birthDate: data.birthDate,
                                       birthState: data.state, nss: nss))
        }
        return people
    }

    /// Position 17 of the n-th person (0-based) with the same first 16 characters.
    private static func homonymyCharacter(_ earlier: Int, birthYear: Int) -> Character? {
        guard earlier > 0 else { return nil }
        let base = birthYear < 2000 ? UInt8(ascii: "0") : UInt8(ascii: "A")
        return Character(Unicode.Scalar(base + UInt8(earlier)))
    }

    /// A plausible NSS given years ago: any subdelegation, registered between 16 and 40 years of age.
    private static func existingNSS(birthYear: Int, _ rng: inout SeededGenerator, avoiding taken: inout Set<String>) -> NSS {
        while true {
            let registered = min(2024, birthYear + rng.within(16...40))
            let nss = NSS(subdelegation: rng.within(1...99), registrationYear: registered, birthYear: birthYear,
                          consecutive: rng.within(0...9999))
            if taken.insert(nss.digits).inserted { return nss }
        }
    }

    /// What a person is registered with, before a CURP is derived.
    private struct Identity {
        var givenNames: String
        var firstSurname: String?
        var secondSurname: String?
        var sex: Sex
        var birthDate: CivilDate
        var state: MexicanState

        static let statesOfMexico = MexicanState.allCases.filter { $0 != .NE }

        static func random(_ rng: inout SeededGenerator) -> Identity {
            let roll = rng.below(200)
            let sex: Sex = roll == 0 ? .noBinario : (roll % 2 == 0 ? .mujer : .hombre)
            let given = rng.pick(sex == .hombre || (sex == .noBinario && rng.chance(percent: 50)) ? DemoNames.men : DemoNames.women)
            let first = rng.pick(DemoNames.surnames)
            let second: String? = rng.chance(percent: 3) ? nil : rng.pick(DemoNames.surnames)
            let year = rng.within(1950...2007)
            let month = rng.within(1...12)
            let day = rng.within(1...CivilDate.daysIn(month: month, year: year))
            let state = rng.chance(percent: 2) ? MexicanState.NE : rng.pick(statesOfMexico)
            return Identity(givenNames: given, firstSurname: first, secondSurname: second, sex: sex,
                            birthDate: CivilDate(year: year, month: month, day: day)!, state: state)
        }

        func curp(homonymy: Character?) throws(CURPDerivationFailure) -> CURP {
            try CURP.derive(givenNames: givenNames, firstSurname: firstSurname, secondSurname: secondSurname,
                            birthDate: birthDate, sex: sex, state: state, homonymy: homonymy)
        }
    }
}
