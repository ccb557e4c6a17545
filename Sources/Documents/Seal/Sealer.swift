import Foundation
import NSSCore

/// Seals the data of a finished procedure with the installation's key: computes, once, the
/// cadena original, the Sello Digital, the secuencia notarial and the Número de Serie that both
/// documents of the folio will print.
public struct Sealer: Sendable {
    public let keyStore: SealKeyStore

    public init(keyStore: SealKeyStore) {
        self.keyStore = keyStore
    }

    /// The sealed record of Paso 2's result for this person. Store it with the folio: every later
    /// rendering of the documents must start from this same value.
    public func seal(person: PersonRecord, result: NSSResult) throws(DocumentError) -> SealedRecord {
        try seal(DocumentData(person: person, result: result), secuenciaNotarial: UUID())
    }

    /// Signs a document rendered from `record` (`PDFSignature`): what the backend hands out. The
    /// signature is dated with the procedure, so the same record still gives the same bytes.
    public func sign(_ pdf: Data, of record: SealedRecord) throws(DocumentError) -> Data {
        try PDFSignature.sign(pdf, key: keyStore.privateKey, certificate: keyStore.certificate.certificate,
                              date: record.data.requestedAt)
    }

    func seal(_ data: DocumentData, secuenciaNotarial: UUID) throws(DocumentError) -> SealedRecord {
        let cadena = CadenaOriginal.make(data)
        let secuencia = secuenciaNotarial.uuidString.lowercased()
        let complementaria = CadenaOriginal.complementaria(
            data, secuenciaNotarial: secuencia, numeroSerie: keyStore.numeroSerie)
        return SealedRecord(
            data: data, cadenaOriginal: cadena,
            selloDigital: try SelloDigital.sign(cadena, with: keyStore.privateKey),
            secuenciaNotarial: secuenciaNotarial, numeroSerie: keyStore.numeroSerie,
            selloComplementario: try SelloDigital.sign(complementaria, with: keyStore.privateKey))
    }
}
