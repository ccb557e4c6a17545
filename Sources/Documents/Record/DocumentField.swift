import NSSCore
/// A datum the documents print, named as the constancia labels it: what a verification report
/// points at when something does not match.
public enum DocumentField: String, Sendable, Hashable, CaseIterable {
    case tipoDeTramite, folio, fechaDeSolicitud, nss, curp, nombres, primerApellido, segundoApellido,
         nombreCompleto, sexo, fechaDeNacimiento, lugarDeNacimiento, cadenaOriginal, selloDigital,
         secuenciaNotarial, numeroDeSerie

    /// The label, in the documents' words.
    public var label: String {
        switch self {
        case .tipoDeTramite: "Tipo de trámite"
        case .folio: "Folio"
        case .fechaDeSolicitud: "Fecha de solicitud del trámite"
        case .nss: "Número de Seguridad Social"
        case .curp: "CURP"
        case .nombres: "Nombre(s)"
        case .primerApellido: "Primer apellido"
        case .segundoApellido: "Segundo apellido"
        case .nombreCompleto: "Nombre"
        case .sexo: "Sexo"
        case .fechaDeNacimiento: "Fecha de nacimiento"
        case .lugarDeNacimiento: "Lugar de nacimiento"
        case .cadenaOriginal: "Cadena original"
        case .selloDigital: "Sello Digital"
        case .secuenciaNotarial: "Secuencia Notarial"
        case .numeroDeSerie: "Número de Serie"
        }
    }

    /// The value as the constancia prints it.
    public func value(in record: SealedRecord) -> String {
        let d = record.data
        switch self {
        case .tipoDeTramite: return d.procedure.tramiteName
        case .folio: return d.folio.value
        case .fechaDeSolicitud:
            let date = MexicoCityTime.formBoxes(d.requestedAt)
            return "\(date.day) / \(date.month) / \(date.year)"
        case .nss: return d.nss.digits
        case .curp: return d.curp.value
        case .nombres: return d.givenNames
        case .primerApellido: return d.firstSurname ?? ""
        case .segundoApellido: return d.secondSurname ?? ""
        case .nombreCompleto: return d.fullName
        case .sexo: return d.sex.spanishName.uppercased()
        case .fechaDeNacimiento: return d.birthDate.dayMonthYear
        case .lugarDeNacimiento: return d.birthState.name.uppercased()
        case .cadenaOriginal: return record.cadenaOriginal
        case .selloDigital: return record.selloDigital
        case .secuenciaNotarial: return record.secuenciaNotarialText
        case .numeroDeSerie: return record.numeroSerie
        }
    }

    /// The fields a verification report lists, in the constancia's order.
    public static let reported: [DocumentField] = [
        .folio, .tipoDeTramite, .fechaDeSolicitud, .nss, .curp, .nombres, .primerApellido, .segundoApellido,
        .sexo, .fechaDeNacimiento, .lugarDeNacimiento, .secuenciaNotarial, .numeroDeSerie,
    ]
}
