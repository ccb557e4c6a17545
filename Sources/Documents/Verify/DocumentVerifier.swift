import Foundation
import NSSCore

/// Checks a constancia or tarjeta offline, with nothing but the PDF and the installation's
/// certificate.
///
/// 1. The PDF's metadata must carry a sealed record (`RecordPayload`).
/// 2. Its Número de Serie must be the certificate's serial; its Sello Digital must be the
///    certificate key's signature of its cadena original; the cadena's values must be the
///    record's; its Sello complementario must sign the rest (sex, birth, secuencia notarial).
/// 3. The page must show exactly the text the genuine document shows for that record (the
///    layout is replayed and compared text by text), with no images, annotations or incremental
///    updates added.
///
/// So a changed NSS, name or date fails whether it was changed in the visible page (with a PDF
/// editor), in the embedded record (byte by byte), or in a regenerated PDF carrying the old seal.
public enum DocumentVerifier {
    public static func verify(pdf: Data, certificatePEM: String) -> VerificationReport {
        let certificate: SealCertificate
        do {
            certificate = try SealCertificate(pem: certificatePEM)
        } catch {
            return VerificationReport(record: nil, kind: nil, problems: [.certificateUnreadable(reason: error.reason)])
        }
        let file: PDFFile
        let pages: [[String: PDFObject]]
        do {
            file = try PDFFile(Array(pdf))
            pages = try file.pages()
        } catch {
            return VerificationReport(record: nil, kind: nil, problems: [.pdfUnreadable(reason: error.reason)])
        }
        guard let keywords = file.resolve(file.info?["Keywords"])?.text else {
            return VerificationReport(record: nil, kind: nil, problems: [.recordMissing(reason: RecordPayloadError.notARecord.message)])
        }
        let record: SealedRecord
        let kind: DocumentKind
        switch RecordPayload.decode(keywords) {
        case .success(let decoded): (record, kind) = decoded
        case .failure(let error):
            return VerificationReport(record: nil, kind: nil, problems: [.recordMissing(reason: error.message)])
        }
        var problems = seal(record, certificate: certificate)
        problems += page(pages, file: file, record: record, kind: kind)
        return VerificationReport(record: record, kind: kind, problems: problems)
    }

    /// Step 2: the record against the certificate and itself.
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

    /// Step 3: what the pages show against what the record's document shows.
    static func page(_ pages: [[String: PDFObject]], file: PDFFile, record: SealedRecord,
                     kind: DocumentKind) -> [VerificationProblem] {
        var problems: [VerificationProblem] = []
        if file.revisions > 1 { problems.append(.fileRevised(revisions: file.revisions)) }
        var shown = ""
        var annotations = 0
        var images = 0
        do {
            for page in pages {
                let content = try PageText(page: page, file: file)
                shown += content.text
                annotations += content.annotationCount
                images += content.imageCount
            }
        } catch {
            return problems + [.pdfUnreadable(reason: error.reason)]
        }
        if annotations > 0 { problems.append(.annotationsAdded(count: annotations)) }
        if images > 0 { problems.append(.imagesAdded(count: images)) }
        let recorder = TextRecorder()
        do {
            try DocumentLayout.draw(kind, record, on: recorder)
        } catch {
            return problems + [.recordMissing(reason: error.message)]
        }
        for difference in VisibleTextComparison.differences(expected: recorder.items, shown: shown) {
            if difference.expected.isEmpty {
                problems.append(.visibleTextAdded(shown: difference.shown))
            } else {
                problems.append(.visibleTextMismatch(field: difference.field, shown: difference.shown, sealed: difference.expected))
            }
        }
        return problems
    }
}
