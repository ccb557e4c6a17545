/// The constancia "Asignación de Número de Seguridad Social" (format FF-IMSS-013) on one US
/// Letter page, after the IMSS sample in the seed.
enum ConstanciaLayout {
    static let pageWidth = 612.0
    static let pageHeight = 792.0
    private static let margin = 40.0
    private static let contentWidth = pageWidth - 2 * margin

    static func draw(_ record: SealedRecord, qr: QRMatrix, on canvas: Canvas) {
        var y = header(on: canvas)
        y = procedureTable(record, on: canvas, y: y + 12)
        y += 12
        y += canvas.text(OfficialText.haceConstar, x: margin, y: y, width: contentWidth, style: TextStyle(size: 9.5))
        y = fieldsTable(record, on: canvas, y: y + 6)
        y = legalText(on: canvas, y: y + 10)
        sealBlock(record, qr: qr, on: canvas, y: y + 8)
        contact(on: canvas)
    }

    /// The shared header and the title. Returns the next y.
    private static func header(on canvas: Canvas) -> Double {
        let top = 32.0
        Emblems.header(on: canvas, pageWidth: pageWidth, margin: margin, top: top)
        let title = TextStyle(bold: true, size: 15, color: Palette.guinda)
        return top + 54 + canvas.text(OfficialText.tituloConstancia, x: margin, y: top + 54, width: contentWidth, style: title)
    }

    /// Homoclaves, folio and date in a 2 × 4 grid of labels over values.
    private static func procedureTable(_ record: SealedRecord, on canvas: Canvas, y top: Double) -> Double {
        let half = contentWidth / 2
        let (labelHeight, valueHeight) = (15.0, 21.0)
        let (left, right, width) = (margin + 6, margin + half + 6, half - 12)
        let label = TextStyle(bold: true, size: 7.5, color: Palette.guinda)
        let value = TextStyle(bold: true, size: 10)
        var y = top
        func labels(_ first: String, _ second: String) {
            canvas.fill(Rect(x: margin, y: y, width: contentWidth, height: labelHeight), color: Palette.doradoClaro)
            canvas.text(first, x: left, y: y + 3.5, width: width, style: label)
            canvas.text(second, x: right, y: y + 3.5, width: width, style: label)
            y += labelHeight
        }
        labels(OfficialText.homoclaveDelTramiteEtiqueta, DocumentField.folio.label)
        canvas.text(OfficialText.homoclaveDelTramite, x: left, y: y + 4.5, width: width, style: value)
        canvas.text(record.data.folio.value, x: right, y: y + 4.5, width: width, style: value, field: .folio)
        y += valueHeight
        labels(OfficialText.homoclaveDelFormatoEtiqueta, DocumentField.fechaDeSolicitud.label)
        canvas.text(OfficialText.homoclaveDelFormato, x: left, y: y + 4.5, width: width, style: value)
        requestDate(record, on: canvas, x: right, y: y + 2)
        y += valueHeight
        grid(on: canvas, top: top, rows: [labelHeight, valueHeight, labelHeight, valueHeight], columns: [half, half])
        return y
    }

    /// "18 / 02 / 2025" in a monospaced face, with DD, MM and AAAA under their digits.
    private static func requestDate(_ record: SealedRecord, on canvas: Canvas, x: Double, y: Double) {
        let digits = TextStyle(family: "DejaVu Sans Mono", bold: true, size: 10)
        let advance = 10 * 0.602
        canvas.text(DocumentField.fechaDeSolicitud.value(in: record), x: x, y: y, width: 14 * advance + 4,
                    style: digits, field: .fechaDeSolicitud)
        let caption = TextStyle(size: 5.5, color: Palette.gris, alignment: .center)
        for (text, start, count) in [("DD", 0, 2), ("MM", 5, 2), ("AAAA", 10, 4)] {
            canvas.text(text, x: x + Double(start) * advance - 4, y: y + 12, width: Double(count) * advance + 8, style: caption)
        }
    }

    /// The person's data: label | value rows. A value too long for one line is set smaller
    /// (RENAPO's 50-character names then fit), and its row grows if it still wraps.
    private static func fieldsTable(_ record: SealedRecord, on canvas: Canvas, y top: Double) -> Double {
        let labelWidth = 170.0
        let valueWidth = contentWidth - labelWidth - 16
        let label = TextStyle(bold: true, size: 8.5, color: Palette.guindaOscuro)
        let fields: [DocumentField] = [.nss, .curp, .nombres, .primerApellido, .segundoApellido, .sexo,
                                       .fechaDeNacimiento, .lugarDeNacimiento]
        let rows = fields.map { field in
            let text = field.value(in: record)
            var style = TextStyle(bold: true, size: 10, color: field == .nss ? Palette.guinda : Palette.texto)
            if canvas.height(of: text, width: valueWidth, style: style) > 16 { style.size = 8.5 }
            return (field, text, style)
        }
        let heights = rows.map { max(19, canvas.height(of: $0.1, width: valueWidth, style: $0.2) + 7) }
        canvas.fill(Rect(x: margin, y: top, width: labelWidth, height: heights.reduce(0, +)), color: Palette.doradoClaro)
        var y = top
        for ((field, text, style), height) in zip(rows, heights) {
            canvas.text(field.label + ":", x: margin + 6, y: y + 4.5, width: labelWidth - 12, style: label)
            canvas.text(text, x: margin + labelWidth + 8, y: y + 3.5, width: valueWidth, style: style, field: field)
            y += height
        }
        grid(on: canvas, top: top, rows: heights, columns: [labelWidth, contentWidth - labelWidth])
        return y
    }

    /// The legal paragraphs, the Aviso de privacidad and the Aviso Importante.
    private static func legalText(on canvas: Canvas, y top: Double) -> Double {
        let body = TextStyle(family: "DejaVu Sans Condensed", size: 7.8).justified()
        let small = TextStyle(family: "DejaVu Sans Condensed", size: 7.1, color: Palette.gris).justified()
        let heading = TextStyle(bold: true, size: 8, color: Palette.guinda, alignment: .center)
        var y = top
        y += canvas.text(OfficialText.unicoPermanente, x: margin, y: y, width: contentWidth, style: body) + 4
        y += canvas.text(OfficialText.registroUMF, x: margin, y: y, width: contentWidth, style: body) + 7
        y += canvas.text(OfficialText.avisoDePrivacidadTitulo, x: margin, y: y, width: contentWidth, style: heading) + 4
        y += canvas.text(OfficialText.avisoDePrivacidad, x: margin, y: y, width: contentWidth, style: small) + 7
        y += canvas.text(OfficialText.avisoImportanteTitulo, x: margin, y: y, width: contentWidth, style: heading) + 4
        y += canvas.text(OfficialText.avisoImportante, x: margin, y: y, width: contentWidth, style: small)
        return y
    }

    /// Cadena original, Sello Digital, Secuencia Notarial and Número de Serie, beside the QR code.
    private static func sealBlock(_ record: SealedRecord, qr: QRMatrix, on canvas: Canvas, y top: Double) {
        let qrSize = 92.0
        let textWidth = contentWidth - qrSize - 22
        let label = TextStyle(bold: true, size: 7, color: Palette.guindaOscuro)
        let value = TextStyle(family: "DejaVu Sans Condensed", size: 6.5)
        let x = margin + 8
        var y = top + 7
        for field in [DocumentField.cadenaOriginal, .selloDigital] {
            y += canvas.text(field.label + ":", x: x, y: y, width: textWidth, style: label) + 1
            let wrap: TextStyle.Wrap = field == .selloDigital ? .characters : .words
            y += canvas.text(field.value(in: record), x: x, y: y, width: textWidth, style: value.wrapped(wrap),
                             field: field) + 4
        }
        for field in [DocumentField.secuenciaNotarial, .numeroDeSerie] {
            canvas.text(field.label + ":", x: x, y: y, width: 90, style: label)
            y += canvas.text(field.value(in: record), x: x + 90, y: y + 0.5, width: textWidth - 90,
                             style: value, field: field) + 3
        }
        let bottom = max(y + 4, top + qrSize + 16)
        canvas.stroke(Rect(x: margin, y: top, width: contentWidth, height: bottom - top), color: Palette.dorado, lineWidth: 0.8)
        canvas.qr(qr, x: pageWidth - margin - qrSize - 6, y: top + 4, size: qrSize)
        canvas.text("Código de verificación", x: pageWidth - margin - qrSize - 6, y: top + qrSize + 4, width: qrSize,
                    style: TextStyle(size: 5.5, color: Palette.gris, alignment: .center))
    }

    /// The Contacto block, set on the golden and guinda footer bands at the foot of the page.
    private static func contact(on canvas: Canvas) {
        let heading = TextStyle(bold: true, size: 7.5, color: Palette.guinda)
        let line = TextStyle(size: 6.8, color: Palette.gris)
        let footer = pageHeight - 17
        var y = footer - 8 - 8.5 - Double(OfficialText.contacto.count) * 8.3
        y += canvas.text(OfficialText.contactoTitulo, x: margin, y: y, width: 200, style: heading) + 0.5
        for text in OfficialText.contacto {
            y += canvas.text(text, x: margin, y: y, width: 260, style: line)
        }
        canvas.fill(Rect(x: 0, y: footer, width: pageWidth, height: 3), color: Palette.dorado)
        canvas.fill(Rect(x: 0, y: footer + 3, width: pageWidth, height: 14), color: Palette.guinda)
    }

    /// The borders of a table whose top left is at the margin.
    private static func grid(on canvas: Canvas, top: Double, rows: [Double], columns: [Double]) {
        let width = columns.reduce(0, +)
        let height = rows.reduce(0, +)
        var y = top
        for row in rows.dropLast() {
            y += row
            canvas.line(x1: margin, y1: y, x2: margin + width, y2: y, color: Palette.dorado, lineWidth: 0.5, dash: [])
        }
        var x = margin
        for column in columns.dropLast() {
            x += column
            canvas.line(x1: x, y1: top, x2: x, y2: top + height, color: Palette.dorado, lineWidth: 0.5, dash: [])
        }
        canvas.stroke(Rect(x: margin, y: top, width: width, height: height), color: Palette.dorado, lineWidth: 0.8)
    }
}
