import Documents
import Foundation
import NSSCore

/// Renders the documents in this process with cairo, pango and libqrencode: what `nss-kiosk-pdf` runs,
/// and what the benchmarks and the document tests call. Rendering is a pure function of the record:
/// the same record gives the same bytes.
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
        let size = DocumentLayout.pageSize(kind)
        return try PDFWriter.render(width: size.width, height: size.height, info: DocumentLayout.info(kind, record)) {
            canvas throws(DocumentError) in
            try DocumentLayout.draw(kind, record, on: canvas)
        }
    }
}
