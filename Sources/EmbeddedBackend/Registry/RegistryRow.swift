import Foundation
import NSSCore

/// One data row of a registry file, checked on its own: a person, or the reasons it is not one.
///
/// The columns are `curp,nombres,primer_apellido,segundo_apellido,sexo,fecha_nacimiento,entidad,nss`:
/// sexo H, M or X; fecha AAAA-MM-DD (or DD/MM/AAAA); entidad the two-letter CURP code; nss empty or
/// 11 digits. The CURP must agree with the date, the sex and the state.
enum RegistryRow {
    static let header = ["curp", "nombres", "primer_apellido", "segundo_apellido", "sexo", "fecha_nacimiento",
                         "entidad", "nss"]

    static func person(_ fields: [String]) -> Result<PersonRecord, RowProblems> {
        guard fields.count == header.count else {
            return .failure(RowProblems(["La fila tiene \(fields.count) columnas; se esperaban \(header.count): "
                + header.joined(separator: ",") + "."]))
        }
        // Composed (NFC): a file saved with accents as a letter plus a combining mark (macOS writes
        // NFD) holds the same names, and was refused with a message showing a plain «Ñ».
        let value = fields.map { $0.trimmingCharacters(in: .whitespaces).precomposedStringWithCanonicalMapping }
        var reasons: [String] = []
        var curp: CURP?
        switch CURP.check(typed: value[0]) {
        case .success(let valid): curp = valid
        case .failure(let failure): reasons.append("CURP inválida: \(failure.message)")
        }
        if value[1].isEmpty { reasons.append("Faltan los nombres.") }
        for (column, part) in [(1, "Los nombres"), (2, "El primer apellido"), (3, "El segundo apellido")] {
            if let problem = PersonName.problem(with: value[column], part: part) { reasons.append(problem) }
        }
        let sex = Sex(rawValue: value[4].uppercased())
        if sex == nil { reasons.append("El sexo debe ser H, M o X, no «\(value[4])».") }
        let birthDate = CivilDate(iso: value[5]) ?? dayMonthYear(value[5])
        if birthDate == nil { reasons.append("La fecha de nacimiento «\(value[5])» no existe o no es AAAA-MM-DD.") }
        let state = MexicanState(code: value[6])
        if state == nil { reasons.append("«\(value[6])» no es una clave de entidad federativa (AS, BC, … ZS, NE).") }
        var nss: NSS?
        if !value[7].isEmpty {
            switch NSS.validate(NSS.normalize(value[7])) {
            case .success(let valid): nss = valid
            case .failure(let failure): reasons.append("NSS inválido: \(failure.message)")
            }
        }
        if let curp {
            if let birthDate, curp.birthDate != birthDate {
                reasons.append("La CURP indica nacimiento el \(curp.birthDate.dayMonthYear), no el \(birthDate.dayMonthYear).")
            }
            if let sex, curp.sex != sex {
                reasons.append("La CURP indica sexo \(curp.sex.rawValue), no \(sex.rawValue).")
            }
            if let state, curp.birthState != state {
                reasons.append("La CURP indica la entidad \(curp.birthState.code), no \(state.code).")
            }
        }
        guard reasons.isEmpty, let curp, let sex, let birthDate, let state else { return .failure(RowProblems(reasons)) }
        return .success(PersonRecord(curp: curp, givenNames: value[1], firstSurname: value[2].isEmpty ? nil : value[2],
                                     secondSurname: value[3].isEmpty ? nil : value[3], sex: sex, birthDate: birthDate,
                                     birthState: state, nss: nss))
    }

    /// The reasons one row is refused, in Spanish.
    struct RowProblems: Error {
        var reasons: [String]
        init(_ reasons: [String]) { self.reasons = reasons }
    }

    private static func dayMonthYear(_ text: String) -> CivilDate? {
        let parts = text.split(separator: "/")
        guard parts.count == 3, parts[2].count == 4 else { return nil }
        return CivilDate(iso: "\(parts[2])-\(parts[1].count == 1 ? "0" : "")\(parts[1])-\(parts[0].count == 1 ? "0" : "")\(parts[0])")
    }
}
