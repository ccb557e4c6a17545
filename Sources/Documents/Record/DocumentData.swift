import Foundation
import NSSCore

/// What the two documents of a folio say about the person and the procedure: the fields of the
/// constancia's tables, fixed when the procedure finishes and never recomputed.
public struct DocumentData: Hashable, Sendable, Codable {
    public let folio: Folio
    /// Asignación or localización: the "Tipo de trámite" of the cadena original.
    public let procedure: ProcedureKind
    /// When Paso 2 finished, in whole Unix milliseconds like the folio: an integer, so that it
    /// survives every encoding unchanged.
    let requestedAtMilliseconds: Int64
    public let nss: NSS
    public let curp: CURP
    public let givenNames: String
    public let firstSurname: String?
    public let secondSurname: String?
    public let sex: Sex
    public let birthDate: CivilDate
    public let birthState: MexicanState

    /// The data of a finished procedure: the person as the registry knows them and the NSS of Paso 2.
    /// Names are trimmed and put in Unicode NFC, so that the sealed bytes do not depend on how an
    /// accent was typed; an empty surname counts as no surname.
    public init(person: PersonRecord, result: NSSResult) {
        self.init(
            folio: result.folio, procedure: result.kind,
            requestedAtMilliseconds: Int64((result.date.timeIntervalSince1970 * 1000).rounded(.down)), nss: result.nss,
            curp: person.curp, givenNames: person.givenNames, firstSurname: person.firstSurname,
            secondSurname: person.secondSurname, sex: person.sex, birthDate: person.birthDate,
            birthState: person.birthState)
    }

    init(folio: Folio, procedure: ProcedureKind, requestedAtMilliseconds: Int64, nss: NSS, curp: CURP, givenNames: String,
         firstSurname: String?, secondSurname: String?, sex: Sex, birthDate: CivilDate, birthState: MexicanState) {
        self.folio = folio
        self.procedure = procedure
        self.requestedAtMilliseconds = requestedAtMilliseconds
        self.nss = nss
        self.curp = curp
        self.givenNames = Self.clean(givenNames) ?? ""
        self.firstSurname = firstSurname.flatMap(Self.clean)
        self.secondSurname = secondSurname.flatMap(Self.clean)
        self.sex = sex
        self.birthDate = birthDate
        self.birthState = birthState
    }

    /// "NOMBRE(S) PRIMER SEGUNDO", the "Nombre o Razón Social" of the cadena original.
    public var fullName: String {
        [givenNames, firstSurname, secondSurname].compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: " ")
    }

    /// When Paso 2 finished: the "Fecha de solicitud del trámite" and the cadena's "Fecha".
    public var requestedAt: Date {
        Date(timeIntervalSince1970: Double(requestedAtMilliseconds) / 1000)
    }

    private static func clean(_ text: String) -> String? {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines).precomposedStringWithCanonicalMapping
        return trimmed.isEmpty ? nil : trimmed
    }
}
