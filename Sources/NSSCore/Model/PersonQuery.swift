/// What a person who does not know their CURP gives to look it up ("¿No te sabes tu CURP?").
public struct PersonQuery: Hashable, Sendable, Codable {
    public var givenNames: String
    public var firstSurname: String?
    public var secondSurname: String?
    public var birthDate: CivilDate
    public var sex: Sex
    public var birthState: MexicanState

    public init(givenNames: String, firstSurname: String?, secondSurname: String?,
                birthDate: CivilDate, sex: Sex, birthState: MexicanState) {
        self.givenNames = givenNames
        self.firstSurname = firstSurname
        self.secondSurname = secondSurname
        self.birthDate = birthDate
        self.sex = sex
        self.birthState = birthState
    }
}

/// One registry entry that matches a `PersonQuery`.
public struct CURPMatch: Hashable, Sendable, Codable {
    public var curp: CURP
    public var fullName: String

    public init(curp: CURP, fullName: String) {
        self.curp = curp
        self.fullName = fullName
    }
}
