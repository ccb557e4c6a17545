import Foundation
import NSSCore

/// What each document shows and where: the page, its information dictionary and the drawing.
///
/// A pure function of the sealed record, painted by the PDF renderer (with cairo, in `PDFRendering`).
/// The PDF's dates come from the record, not the clock, so the same record always
/// gives the same bytes.
package enum DocumentLayout {
    /// The document information of a PDF: title, subject, the record in Keywords (see
    /// `RecordPayload`, which `DocumentVerifier` checks against the seal and the visible text), and the
    /// record's date as the creation date.
    package struct Info: Sendable {
        package var title: String
        package var subject: String
        package var keywords: String
        /// ISO 8601 with offset.
        package var date: String

        package init(title: String, subject: String, keywords: String, date: String) {
            (self.title, self.subject, self.keywords, self.date) = (title, subject, keywords, date)
        }
    }

    /// The information dictionary of `kind` for `record`.
    package static func info(_ kind: DocumentKind, _ record: SealedRecord) -> Info {
        Info(title: title(kind), subject: "\(OfficialText.homoclaveDelTramite) · Folio \(record.data.folio.value)",
             keywords: RecordPayload.encode(record, kind: kind), date: MexicoCityTime.iso8601(record.data.requestedAt))
    }

    /// Draws the document's page.
    package static func draw(_ kind: DocumentKind, _ record: SealedRecord, on canvas: Canvas) throws(DocumentError) {
        switch kind {
        case .constancia:
            let qr = try QRMatrix(ascii: VerificationCode(record: record).payload)
            ConstanciaLayout.draw(record, qr: qr, on: canvas)
        case .tarjeta:
            TarjetaLayout.draw(record, on: canvas)
        }
    }

    package static func title(_ kind: DocumentKind) -> String {
        switch kind {
        case .constancia: OfficialText.tituloConstancia
        case .tarjeta: OfficialText.tituloTarjeta
        }
    }

    /// The page in points: the constancia on US Letter; the tarjeta's front and back side by side on
    /// a Letter page, to cut out and fold.
    package static func pageSize(_ kind: DocumentKind) -> (width: Double, height: Double) {
        switch kind {
        case .constancia: (ConstanciaLayout.pageWidth, ConstanciaLayout.pageHeight)
        case .tarjeta: (TarjetaLayout.pageWidth, TarjetaLayout.pageHeight)
        }
    }
}
