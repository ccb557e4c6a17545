import Foundation
import NSSCore

/// The texts the seals sign.
///
/// The cadena original is the IMSS one (`TramiteDocumentosService.generaCadenaOriginal`, see
/// docs/domain.md §4):
/// `||Invocante:portalimssdigital|Tipo de trámite:…|Fecha:…|Folio:…|Nombre o Razón Social:…|Curp:…|Número de Seguridad Social:…||`.
/// It leaves out the sex, the birth date and state, the secuencia notarial and the número de
/// serie, which the documents also print; the cadena complementaria, signed by the Sello
/// complementario, is the same cadena with those appended.
enum CadenaOriginal {
    /// One `label:value` of a cadena, with the document field it carries.
    struct Entry: Equatable {
        let label: String
        let value: String
        let field: DocumentField?
    }

    /// The IMSS cadena original of the data, printed on the constancia and signed by the Sello Digital.
    static func make(_ data: DocumentData) -> String {
        join(entries(data))
    }

    /// The cadena original's entries followed by those it leaves out.
    static func complementaria(_ data: DocumentData, secuenciaNotarial: String, numeroSerie: String) -> String {
        join(entries(data) + [
            Entry(label: "Sexo", value: data.sex.rawValue, field: .sexo),
            Entry(label: "Fecha de nacimiento", value: data.birthDate.iso, field: .fechaDeNacimiento),
            Entry(label: "Lugar de nacimiento", value: data.birthState.code, field: .lugarDeNacimiento),
            Entry(label: "Secuencia Notarial", value: secuenciaNotarial, field: .secuenciaNotarial),
            Entry(label: "Número de Serie", value: numeroSerie, field: .numeroDeSerie),
        ])
    }

    /// The entries of the IMSS cadena for the data.
    static func entries(_ data: DocumentData) -> [Entry] {
        [
            Entry(label: "Invocante", value: "portalimssdigital", field: nil),
            Entry(label: "Tipo de trámite", value: data.procedure.tramiteName, field: .tipoDeTramite),
            Entry(label: "Fecha", value: MexicoCityTime.cadena(data.requestedAt), field: .fechaDeSolicitud),
            Entry(label: "Folio", value: data.folio.value, field: .folio),
            Entry(label: "Nombre o Razón Social", value: data.fullName, field: .nombreCompleto),
            Entry(label: "Curp", value: data.curp.value, field: .curp),
            Entry(label: "Número de Seguridad Social", value: data.nss.digits, field: .nss),
        ]
    }

    /// The `label:value` pairs of a cadena, or nil when it is not of the `||k:v|k:v||` form.
    static func parse(_ cadena: String) -> [(label: String, value: String)]? {
        guard cadena.hasPrefix("||"), cadena.hasSuffix("||"), cadena.count >= 4 else { return nil }
        var pairs: [(label: String, value: String)] = []
        for part in cadena.dropFirst(2).dropLast(2).split(separator: "|", omittingEmptySubsequences: false) {
            guard let colon = part.firstIndex(of: ":") else { return nil }
            pairs.append((String(part[..<colon]), String(part[part.index(after: colon)...])))
        }
        return pairs
    }

    private static func join(_ entries: [Entry]) -> String {
        "||" + entries.map { "\($0.label):\($0.value)" }.joined(separator: "|") + "||"
    }
}
