import CCairo
import Documents
import Foundation

/// Makes a one-page PDF in memory with cairo: the page size, the document information
/// (title, subject, keywords, dates) and a drawing function.
package enum PDFWriter {
    package static func render(width: Double, height: Double, info: DocumentLayout.Info,
                       draw: (Canvas) throws(DocumentError) -> Void) throws(DocumentError) -> Data {
        let sink = ByteSink()
        guard let surface = cairo_pdf_surface_create_for_stream(
            { closure, bytes, length in
                let sink = Unmanaged<ByteSink>.fromOpaque(closure!).takeUnretainedValue()
                sink.data.append(bytes!, count: Int(length))
                return CAIRO_STATUS_SUCCESS
            }, Unmanaged.passUnretained(sink).toOpaque(), width, height) else {
            throw .rendering(reason: "cairo no creó la superficie PDF")
        }
        defer { cairo_surface_destroy(surface) }
        cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_TITLE, info.title)
        cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_SUBJECT, info.subject)
        cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_KEYWORDS, info.keywords)
        cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_CREATOR, "nss-kiosk")
        cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_CREATE_DATE, info.date)
        cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_MOD_DATE, info.date)

        let cr = cairo_create(surface)!
        do {
            let canvas = CairoCanvas(context: cr)
            try draw(canvas)
            cairo_show_page(cr)
        } catch {
            cairo_destroy(cr)
            throw error
        }
        cairo_destroy(cr)
        // cairo reports write errors only when the surface is finished.
        cairo_surface_finish(surface)
        let status = cairo_surface_status(surface)
        guard status == CAIRO_STATUS_SUCCESS else {
            throw .rendering(reason: String(cString: cairo_status_to_string(status)))
        }
        return sink.data
    }

    private final class ByteSink {
        var data = Data()
    }
}
