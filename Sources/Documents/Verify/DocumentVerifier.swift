import Foundation
import NSSCore

/// Checks a constancia or tarjeta offline, with nothing but the PDF and the installation's
/// certificate.
///
/// 1. The file must be at most `maximumFileSize` bytes (a document is under 100 KB).
/// 2. Its PDF signature must cover every byte of it and be the certificate key's (`SignatureCheck`):
///    a changed byte, an appended update, a second signature or another key's signature fail here.
/// 3. Its metadata must carry a sealed record (`RecordPayload`), whose Número de Serie is the
///    certificate's serial, whose Sello Digital is the certificate key's signature of its cadena
///    original, whose cadena's values are the record's, and whose Sello complementario signs the
///    rest (sex, birth, secuencia notarial).
///
/// What the page draws is not read back: the signature covers the page, and a drawn text can be
/// made to read as anything (`/ActualText`, render modes, clipping, glyphs as paths). Only a file that
/// passed step 2 — one the installation wrote — reaches the PDF reader of step 3.
public enum DocumentVerifier {
    /// The largest file `verify` reads: ten times the larger document, and far below what could
    /// take a noticeable time or memory to check.
    public static let maximumFileSize = 1 << 20

    public static func verify(pdf: Data, certificatePEM: String) -> VerificationReport {
        verify(bytes: [UInt8](pdf.prefix(maximumFileSize + 1)), size: pdf.count, certificatePEM: certificatePEM)
    }

    /// The file at `path`, read within the limit; a file that cannot be read (missing, no
    /// permission, a FIFO or a device) throws why, in Spanish.
    public static func verify(fileAt path: String, certificatePEM: String) throws(DocumentFile.Unreadable) -> VerificationReport {
        switch try DocumentFile.load(path, limit: maximumFileSize) {
        case .bytes(let bytes): return verify(bytes: bytes, size: bytes.count, certificatePEM: certificatePEM)
        case .tooLarge(let size): return verify(bytes: [], size: size, certificatePEM: certificatePEM)
        }
    }

    private static func verify(bytes: [UInt8], size: Int, certificatePEM: String) -> VerificationReport {
        let certificate: SealCertificate
        do {
            certificate = try SealCertificate(pem: certificatePEM)
        } catch {
            return VerificationReport(record: nil, kind: nil, problems: [.certificateUnreadable(reason: error.reason)])
        }
        guard size <= maximumFileSize else {
            return VerificationReport(record: nil, kind: nil, problems: [.fileTooLarge(bytes: size, limit: maximumFileSize)])
        }
        guard bytes.starts(with: Array("%PDF-".utf8)) else {
            return VerificationReport(record: nil, kind: nil, problems: [.pdfUnreadable(reason: "no es un archivo PDF")])
        }
        if let problem = SignatureCheck.problem(bytes, certificate: certificate) {
            return VerificationReport(record: nil, kind: nil, problems: [problem])
        }
        let keywords: String?
        do {
            let file = try PDFFile(bytes)
            keywords = file.resolve(file.info?["Keywords"])?.text
        } catch {
            return VerificationReport(record: nil, kind: nil, problems: [.pdfUnreadable(reason: error.reason)])
        }
        guard let keywords else {
            return VerificationReport(record: nil, kind: nil, problems: [.recordMissing(reason: RecordPayloadError.notARecord.message)])
        }
        switch RecordPayload.decode(keywords) {
        case .success(let (record, kind)):
            return VerificationReport(record: record, kind: kind, problems: seal(record, certificate: certificate))
        case .failure(let error):
            return VerificationReport(record: nil, kind: nil, problems: [.recordMissing(reason: error.message)])
        }
    }

    /// Step 3: the record against the certificate and itself.
    static func seal(_ record: SealedRecord, certificate: SealCertificate) -> [VerificationProblem] {
        var problems: [VerificationProblem] = []
        if record.numeroSerie != certificate.numeroSerie {
            problems.append(.numeroDeSerieMismatch(document: record.numeroSerie, certificate: certificate.numeroSerie))
        }
        if !SelloDigital.isValid(record.selloDigital, for: record.cadenaOriginal, publicKey: certificate.publicKey) {
            problems.append(.selloDigitalInvalid)
        }
        let entries = CadenaOriginal.entries(record.data)
        if let sealed = CadenaOriginal.parse(record.cadenaOriginal), sealed.map(\.label) == entries.map(\.label) {
            for (entry, inCadena) in zip(entries, sealed) where entry.value != inCadena.value {
                if let field = entry.field {
                    problems.append(.cadenaOriginalMismatch(field: field, inCadena: inCadena.value, inDocument: entry.value))
                } else {
                    problems.append(.cadenaOriginalMalformed)
                }
            }
        } else {
            problems.append(.cadenaOriginalMalformed)
        }
        let complementaria = CadenaOriginal.complementaria(
            record.data, secuenciaNotarial: record.secuenciaNotarialText, numeroSerie: record.numeroSerie)
        if !SelloDigital.isValid(record.selloComplementario, for: complementaria, publicKey: certificate.publicKey) {
            problems.append(.selloComplementarioInvalid)
        }
        return problems
    }
}
