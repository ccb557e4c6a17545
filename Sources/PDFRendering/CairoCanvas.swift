import CCairo
import Documents

/// A `Canvas` that paints with cairo, setting text with pango.
final class CairoCanvas: Canvas {
    private let cr: OpaquePointer
    private let layout: OpaquePointer
    private var fonts: [String: OpaquePointer] = [:]

    init(context: OpaquePointer) {
        cr = context
        layout = pango_cairo_create_layout(context)
        // pangocairo assumes 96 dpi; the PDF's user unit is the point, so sizes are meant at 72.
        pango_cairo_context_set_resolution(pango_layout_get_context(layout), 72)
        pango_layout_context_changed(layout)
        // Pango inserts hyphens where it breaks inside a word (the seal, the cadena), and DejaVu
        // ligates "fi" into one glyph that extracts as U+FB01: both would make the PDF's text
        // differ from the document's data.
        let attributes = pango_attr_list_new()
        pango_attr_list_insert(attributes, pango_attr_insert_hyphens_new(0))
        pango_attr_list_insert(attributes, pango_attr_font_features_new("liga=0, clig=0"))
        pango_layout_set_attributes(layout, attributes)
        pango_attr_list_unref(attributes)
    }

    deinit {
        g_object_unref(UnsafeMutableRawPointer(layout))
        for font in fonts.values { pango_font_description_free(font) }
    }

    package func height(of text: String, width: Double, style: TextStyle) -> Double {
        prepare(text, width: width, style: style)
        var w: Int32 = 0
        var h: Int32 = 0
        pango_layout_get_size(layout, &w, &h)
        return pc_units_to_double(h)
    }

    package func text(_ text: String, x: Double, y: Double, width: Double, style: TextStyle, field: DocumentField?) -> Double {
        let height = height(of: text, width: width, style: style)
        set(style.color)
        cairo_move_to(cr, x, y)
        pango_cairo_show_layout(cr, layout)
        return height
    }

    package func fill(_ rect: Rect, color: RGB, cornerRadius: Double) {
        path(rect, cornerRadius: cornerRadius)
        set(color)
        cairo_fill(cr)
    }

    package func stroke(_ rect: Rect, color: RGB, lineWidth: Double, dash: [Double]) {
        path(rect, cornerRadius: 0)
        strokeCurrentPath(color: color, lineWidth: lineWidth, dash: dash)
    }

    package func line(x1: Double, y1: Double, x2: Double, y2: Double, color: RGB, lineWidth: Double, dash: [Double]) {
        cairo_move_to(cr, x1, y1)
        cairo_line_to(cr, x2, y2)
        strokeCurrentPath(color: color, lineWidth: lineWidth, dash: dash)
    }

    package func fillCircle(x: Double, y: Double, radius: Double, color: RGB) {
        cairo_new_sub_path(cr)
        cairo_arc(cr, x, y, radius, 0, 2 * Double.pi)
        set(color)
        cairo_fill(cr)
    }

    package func qr(_ matrix: QRMatrix, x: Double, y: Double, size: Double) {
        let quiet = 4
        let module = size / Double(matrix.width + 2 * quiet)
        fill(Rect(x: x, y: y, width: size, height: size), color: Palette.blanco)
        for row in 0..<matrix.width {
            for run in matrix.darkRuns(row: row) {
                cairo_rectangle(cr, x + Double(quiet + run.x) * module, y + Double(quiet + row) * module,
                                Double(run.length) * module, module)
            }
        }
        set(Palette.texto)
        cairo_fill(cr)
    }

    private func prepare(_ text: String, width: Double, style: TextStyle) {
        pango_layout_set_font_description(layout, font(style.fontDescription))
        pango_layout_set_width(layout, pc_units_from_double(width))
        pango_layout_set_justify(layout, style.justify ? 1 : 0)
        pango_layout_set_wrap(layout, style.wrap == .words ? PANGO_WRAP_WORD_CHAR : PANGO_WRAP_CHAR)
        let alignment = switch style.alignment {
        case .left: PANGO_ALIGN_LEFT
        case .center: PANGO_ALIGN_CENTER
        case .right: PANGO_ALIGN_RIGHT
        }
        pango_layout_set_alignment(layout, alignment)
        pango_layout_set_text(layout, text, -1)
    }

    private func font(_ description: String) -> OpaquePointer {
        if let font = fonts[description] { return font }
        let font = pango_font_description_from_string(description)!
        fonts[description] = font
        return font
    }

    private func set(_ color: RGB) {
        cairo_set_source_rgb(cr, color.red, color.green, color.blue)
    }

    private func path(_ rect: Rect, cornerRadius r: Double) {
        guard r > 0 else {
            cairo_rectangle(cr, rect.x, rect.y, rect.width, rect.height)
            return
        }
        let (x, y, w, h) = (rect.x, rect.y, rect.width, rect.height)
        cairo_new_sub_path(cr)
        cairo_arc(cr, x + w - r, y + r, r, -Double.pi / 2, 0)
        cairo_arc(cr, x + w - r, y + h - r, r, 0, Double.pi / 2)
        cairo_arc(cr, x + r, y + h - r, r, Double.pi / 2, Double.pi)
        cairo_arc(cr, x + r, y + r, r, Double.pi, 3 * Double.pi / 2)
        cairo_close_path(cr)
    }

    private func strokeCurrentPath(color: RGB, lineWidth: Double, dash: [Double]) {
        set(color)
        cairo_set_line_width(cr, lineWidth)
        dash.withUnsafeBufferPointer { cairo_set_dash(cr, $0.baseAddress, Int32($0.count), 0) }
        cairo_stroke(cr)
        cairo_set_dash(cr, nil, 0, 0)
    }
}
