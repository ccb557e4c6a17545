import Foundation

/// Everything both documents of one folio show, sealed once when the procedure finishes.
///
/// The backend stores this value (it is `Codable`) and renders the documents from it whenever they
/// are asked for: rendering is a pure function of the record, so the same folio always gives the
/// same documents. The PDFs carry it too, so that a verifier can check them offline.
public struct SealedRecord: Hashable, Sendable, Codable {
    public let data: DocumentData
    /// The IMSS cadena original over which the Sello Digital is computed (see `CadenaOriginal`).
    public let cadenaOriginal: String
    /// Base64 of the RSA-SHA256 (PKCS#1 v1.5) signature of the UTF-8 cadena original, as SAT seals.
    public let selloDigital: String
    /// The signing transaction's identifier: a random UUID v4, printed lowercase.
    public let secuenciaNotarial: UUID
    /// The 20-digit serial number of the certificate whose key made the seals.
    public let numeroSerie: String
    /// Base64 of the RSA-SHA256 signature of `CadenaOriginal.complementaria`: it covers what the
    /// IMSS cadena leaves out (sexo, fecha y lugar de nacimiento, secuencia notarial, número de serie).
    public let selloComplementario: String

    init(data: DocumentData, cadenaOriginal: String, selloDigital: String, secuenciaNotarial: UUID,
         numeroSerie: String, selloComplementario: String) {
        self.data = data
        self.cadenaOriginal = cadenaOriginal
        self.selloDigital = selloDigital
        self.secuenciaNotarial = secuenciaNotarial
        self.numeroSerie = numeroSerie
        self.selloComplementario = selloComplementario
    }

    /// The secuencia notarial as printed: lowercase, with dashes.
    public var secuenciaNotarialText: String { secuenciaNotarial.uuidString.lowercased() }
}
