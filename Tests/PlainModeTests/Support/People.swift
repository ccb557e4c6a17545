import NSSCore

/// The registry of the fake backend: Gloria has no NSS yet (asignación), Pedro has one (localización).
enum People {
    static let gloria = PersonRecord(curp: try! CURP("HEGG560427MVZRRL04"), givenNames: "GLORIA",
                                     firstSurname: "HERNÁNDEZ", secondSurname: "GARCÍA", sex: .mujer,
                                     birthDate: CivilDate(year: 1956, month: 4, day: 27)!, birthState: .VZ)

    static let pedroBirth = CivilDate(year: 1980, month: 1, day: 15)!
    static let pedroNSS = NSS(subdelegation: 18, registrationYear: 1998, birthYear: 1980, consecutive: 42)
    static let pedro = PersonRecord(
        curp: try! CURP.derive(givenNames: "PEDRO", firstSurname: "LÓPEZ", secondSurname: "RAMÍREZ",
                               birthDate: pedroBirth, sex: .hombre, state: .NT),
        givenNames: "PEDRO", firstSurname: "LÓPEZ", secondSurname: "RAMÍREZ", sex: .hombre,
        birthDate: pedroBirth, birthState: .NT, nss: pedroNSS)

    /// Gloria as a careless or hostile registry might hold her: escape sequences, a bell, a NUL, a C1
    /// control, a line break and a right-to-left override inside her name.
    static let gloriaWithControls = PersonRecord(
        curp: gloria.curp, givenNames: "GLORIA\u{1B}[2J\u{07}\u{00}", firstSurname: "HERNÁNDEZ\u{9B}31m\nFALSO",
        secondSurname: "GARCÍA\u{202E}", sex: .mujer, birthDate: gloria.birthDate, birthState: .VZ)
}
