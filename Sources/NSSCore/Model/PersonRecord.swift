/// A person as the registry (the RENAPO role) knows them.
public struct PersonRecord: Hashable, Sendable, Codable {
    public var curp: CURP
    public var givenNames: String
    public var firstSurname: String?
    public var secondSurname: String?
    public var sex: Sex
    public var birthDate: CivilDate
    public var birthState: MexicanState
    /// The NSS when the person already has one (localización); nil means asignación.
    public var nss: NSS?

    public init(curp: CURP, givenNames: String, firstSurname: String?, secondSurname: String?,
                sex: Sex, birthDate: CivilDate, birthState: MexicanState, nss: NSS? = nil) {
        self.curp = curp
        self.givenNames = givenNames
        self.firstSurname = firstSurname
        self.secondSurname = secondSurname
        self.sex = sex
        self.birthDate = birthDate
        self.birthState = birthState
        self.nss = nss
    }

    /// "NOMBRE(S) PRIMER SEGUNDO", as the screens greet the person.
    public var fullName: String {
        [givenNames, firstSurname, secondSurname].compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: " ")
    }
}
