import Foundation
import NSSCore

/// Whatever turns a sealed record into the PDF of one document.
///
/// Two implementations: `CairoRenderer` (module `PDFRendering`) paints it in this process with
/// cairo and pango; `HelperProcessRenderer` asks the `nss-kiosk-pdf` program to do the same, so that
/// the wizard never loads the cairo, pango and font libraries — they cost it half its start-up time
/// and a third of its memory, for two PDFs at the very end of the procedure. Both give the same bytes
/// for the same record.
public protocol DocumentRendering: Sendable {
    func render(_ kind: DocumentKind, _ record: SealedRecord) async throws(DocumentError) -> Data
}
