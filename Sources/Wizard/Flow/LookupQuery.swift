import FoundationEssentials
import NSSCore

/// Turns the look-up form's text into a `PersonQuery`.
enum LookupQuery {
    static func birthDate(_ text: String) -> CivilDate? {
        let parts = text.split(whereSeparator: { $0 == "/" || $0 == "-" || $0 == "." })
        guard parts.count == 3, let d = Int(parts[0]), let m = Int(parts[1]), let y = Int(parts[2]),
              parts[2].count == 4 else { return nil }
        return CivilDate(year: y, month: m, day: d)
    }

    static func state(_ text: String) -> MexicanState? {
        let key = NameKey.normalize(text)
        if key.isEmpty { return nil }
        if let byCode = MexicanState(code: key) { return byCode }
        return MexicanState.allCases.first { NameKey.normalize($0.name) == key }
            ?? aliases[key]
    }

    static let aliases: [String: MexicanState] = [
        "CDMX": .DF, "DISTRITO FEDERAL": .DF, "CIUDAD DE MEXICO": .DF, "MEXICO": .MC, "EDOMEX": .MC,
        "EXTRANJERO": .NE, "COAHUILA DE ZARAGOZA": .CL, "VERACRUZ DE IGNACIO DE LA LLAVE": .VZ,
        "MICHOACAN DE OCAMPO": .MN,
    ]

    static func query(from state: WizardState) -> PersonQuery? {
        let given = state.text(.lookupGivenNames).trimmingWhiteSpace()
        let first = state.text(.lookupFirstSurname).trimmingWhiteSpace()
        let second = state.text(.lookupSecondSurname).trimmingWhiteSpace()
        guard !given.isEmpty,
              let birth = birthDate(state.text(.lookupBirthDate)),
              let sex = Sex(rawValue: state.text(.lookupSex).uppercased()),
              let place = self.state(state.text(.lookupState)) else { return nil }
        return PersonQuery(givenNames: given, firstSurname: first.isEmpty ? nil : first,
                           secondSurname: second.isEmpty ? nil : second,
                           birthDate: birth, sex: sex, birthState: place)
    }
}
