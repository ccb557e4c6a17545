import Foundation
import NSSCore

/// Whatever turns a sealed record into the PDF of one document.
///
/// The embedded backend uses `HelperProcessRenderer`, which asks the `nss-kiosk-pdf` program to paint
/// it (`PDFRendering.DocumentRenderer`, cairo and pango), so that no long-lived process loads the
/// cairo, pango and font libraries for two PDFs at the very end of the procedure. The protocol keeps
/// the backend (and its configuration) free of how the PDFs are made.
public protocol DocumentRendering: Sendable {
    func render(_ kind: DocumentKind, _ record: SealedRecord) async throws(DocumentError) -> Data
}
