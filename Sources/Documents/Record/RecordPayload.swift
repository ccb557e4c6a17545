import Foundation
import NSSCore

/// The sealed record as one line of ASCII, for the PDF's metadata (its Keywords entry), where
/// cairo writes it uncompressed and any PDF reader shows it:
/// `nss-kiosk-registro/1?documento=constancia&folio=…&tramite=asignacion&fecha=<ms Unix>&nss=…&curp=…&nombre=…&primerApellido=…&segundoApellido=…&sexo=H&nacimiento=AAAA-MM-DD&lugar=NT&cadena=…&secuencia=…&serie=…&sello=…&selloComplementario=…`,
/// every value percent-encoded, absent surnames left out.
package enum RecordPayload {
    static let prefix = "nss-kiosk-registro/1?"

    private enum Key: String, CaseIterable {
        case documento, folio, tramite, fecha, nss, curp, nombre, primerApellido, segundoApellido, sexo,
             nacimiento, lugar, cadena, secuencia, serie, sello, selloComplementario
    }

    package static func encode(_ record: SealedRecord, kind: DocumentKind) -> String {
        let d = record.data
        let pairs: [(Key, String?)] = [
            (.documento, kind.rawValue), (.folio, d.folio.value), (.tramite, d.procedure.rawValue),
            (.fecha, String(d.requestedAtMilliseconds)), (.nss, d.nss.digits), (.curp, d.curp.value),
            (.nombre, d.givenNames), (.primerApellido, d.firstSurname), (.segundoApellido, d.secondSurname),
            (.sexo, d.sex.rawValue), (.nacimiento, d.birthDate.iso), (.lugar, d.birthState.code),
            (.cadena, record.cadenaOriginal),
            (.secuencia, record.secuenciaNotarialText), (.serie, record.numeroSerie),
            (.sello, record.selloDigital), (.selloComplementario, record.selloComplementario),
        ]
        return prefix + pairs.compactMap { key, value in
            value.map { "\(key.rawValue)=\(PercentEncoding.encode($0))" }
        }.joined(separator: "&")
    }

    /// The record and the kind of document that carried it, or why the text is not a record.
    package static func decode(_ text: String) -> Result<(record: SealedRecord, kind: DocumentKind), RecordPayloadError> {
        guard text.hasPrefix(prefix) else { return .failure(.notARecord) }
        var values: [Key: String] = [:]
        for pair in text.dropFirst(prefix.count).split(separator: "&") {
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            guard parts.count == 2, let key = Key(rawValue: String(parts[0])),
                  let value = PercentEncoding.decode(String(parts[1])) else {
                return .failure(.malformed(String(pair.prefix(40))))
            }
            values[key] = value
        }
        func required<T>(_ key: Key, _ parse: (String) -> T?) -> Result<T, RecordPayloadError> {
            guard let text = values[key] else { return .failure(.missing(key.rawValue)) }
            guard let value = parse(text) else { return .failure(.invalid(key.rawValue)) }
            return .success(value)
        }
        do {
            let kind = try required(.documento, DocumentKind.init(rawValue:)).get()
            let milliseconds = try required(.fecha) { Int64($0) }.get()
            let data = DocumentData(
                folio: try required(.folio, Folio.init).get(),
                procedure: try required(.tramite, ProcedureKind.init(rawValue:)).get(),
                requestedAtMilliseconds: milliseconds,
                nss: try required(.nss) { try? NSS($0) }.get(),
                curp: try required(.curp) { try? CURP($0) }.get(),
                givenNames: try required(.nombre) { $0 }.get(),
                firstSurname: values[.primerApellido], secondSurname: values[.segundoApellido],
                sex: try required(.sexo, Sex.init(rawValue:)).get(),
                birthDate: try required(.nacimiento, CivilDate.init(iso:)).get(),
                birthState: try required(.lugar, MexicanState.init(rawValue:)).get())
            let record = SealedRecord(
                data: data, cadenaOriginal: try required(.cadena) { $0 }.get(),
                selloDigital: try required(.sello) { $0 }.get(),
                secuenciaNotarial: try required(.secuencia, UUID.init(uuidString:)).get(),
                numeroSerie: try required(.serie) { $0 }.get(),
                selloComplementario: try required(.selloComplementario) { $0 }.get())
            return .success((record, kind))
        } catch {
            return .failure(error)
        }
    }
}

/// Why a PDF's metadata does not hold a usable sealed record.
package enum RecordPayloadError: Error, Equatable {
    case notARecord
    case malformed(String)
    case missing(String)
    case invalid(String)

    var message: String {
        switch self {
        case .notARecord: "el PDF no trae el registro sellado de nss-kiosk"
        case .malformed(let part): "el registro sellado está dañado cerca de «\(part)»"
        case .missing(let key): "al registro sellado le falta «\(key)»"
        case .invalid(let key): "el valor de «\(key)» en el registro sellado no es válido"
        }
    }
}
