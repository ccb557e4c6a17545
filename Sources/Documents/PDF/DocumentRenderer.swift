import Foundation
import NSSCore

/// Turns a sealed record into the PDFs the person takes away.
///
/// Rendering is a pure function of the record: the same record gives the same bytes (the PDF's
/// dates come from the record, not the clock). Each PDF carries the record in its metadata
/// (Keywords), which `DocumentVerifier` checks against the seal and the visible text.
public enum DocumentRenderer {
    /// The constancia "Asignación de Número de Seguridad Social", one US Letter page.
    public static func constancia(_ record: SealedRecord) throws(DocumentError) -> Data {
        try render(.constancia, record)
    }

    /// The Tarjeta de Número de Seguridad Social: a card of 85.6 × 54 mm, front and back side by
    /// side, to cut out of a US Letter page and fold.
    public static func tarjeta(_ record: SealedRecord) throws(DocumentError) -> Data {
        try render(.tarjeta, record)
    }

    /// Either document.
    public static func render(_ kind: DocumentKind, _ record: SealedRecord) throws(DocumentError) -> Data {
        let info = PDFWriter.Info(
            title: title(kind), subject: "\(OfficialText.homoclaveDelTramite) · Folio \(record.data.folio.value)",
            keywords: RecordPayload.encode(record, kind: kind), date: MexicoCityTime.iso8601(record.data.requestedAt))
        let size = pageSize(kind)
        return try PDFWriter.render(width: size.width, height: size.height, info: info) { canvas throws(DocumentError) in
            try draw(kind, record, on: canvas)
        }
    }

    /// A file name for the document: `NSS-<folio>-constancia.pdf`, `NSS-<folio>-tarjeta.pdf`.
    public static func fileName(_ kind: DocumentKind, _ record: SealedRecord) -> String {
        kind.fileName(folio: record.data.folio)
    }

    /// Draws the document's page; the verifier replays this onto a `TextRecorder`.
    static func draw(_ kind: DocumentKind, _ record: SealedRecord, on canvas: Canvas) throws(DocumentError) {
        switch kind {
        case .constancia:
            let qr = try QRMatrix(ascii: VerificationCode(record: record).payload)
            ConstanciaLayout.draw(record, qr: qr, on: canvas)
        case .tarjeta:
            TarjetaLayout.draw(record, on: canvas)
        }
    }

    static func title(_ kind: DocumentKind) -> String {
        switch kind {
        case .constancia: OfficialText.tituloConstancia
        case .tarjeta: OfficialText.tituloTarjeta
        }
    }

    private static func pageSize(_ kind: DocumentKind) -> (width: Double, height: Double) {
        switch kind {
        case .constancia: (ConstanciaLayout.pageWidth, ConstanciaLayout.pageHeight)
        case .tarjeta: (TarjetaLayout.pageWidth, TarjetaLayout.pageHeight)
        }
    }
}
