import Foundation
import NSSCore

/// What the two documents of a folio say about the person and the procedure: the fields of the
/// constancia's tables, fixed when the procedure finishes and never recomputed.
public struct DocumentData: Hashable, Sendable, Codable {
    public let folio: Folio
    /// Asignación or localización: the "Tipo de trámite" of the cadena original.
    public let procedure: ProcedureKind
    /// When Paso 2 finished: the "Fecha de solicitud del trámite" and the cadena's "Fecha".
    /// Whole milliseconds, like the folio, so that it survives every encoding unchanged.
    public let requestedAt: Date
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
            folio: result.folio, procedure: result.kind, requestedAt: result.date, nss: result.nss,
            curp: person.curp, givenNames: person.givenNames, firstSurname: person.firstSurname,
            secondSurname: person.secondSurname, sex: person.sex, birthDate: person.birthDate,
            birthState: person.birthState)
    }

    init(folio: Folio, procedure: ProcedureKind, requestedAt: Date, nss: NSS, curp: CURP, givenNames: String,
         firstSurname: String?, secondSurname: String?, sex: Sex, birthDate: CivilDate, birthState: MexicanState) {
        self.folio = folio
        self.procedure = procedure
        self.requestedAt = Date(timeIntervalSince1970: (requestedAt.timeIntervalSince1970 * 1000).rounded(.down) / 1000)
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

    /// `requestedAt` in whole Unix milliseconds.
    var requestedAtMilliseconds: Int64 {
        Int64((requestedAt.timeIntervalSince1970 * 1000).rounded())
    }

    private static func clean(_ text: String) -> String? {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines).precomposedStringWithCanonicalMapping
        return trimmed.isEmpty ? nil : trimmed
    }
}
