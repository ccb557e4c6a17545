/// The Tarjeta de Número de Seguridad Social: an ID-1 card (85.6 × 54 mm), front and back side by
/// side on a US Letter page, with a dashed line to cut along and a dotted one to fold on.
///
/// A Letter page, not a card-sized one: kiosk and office printers print Letter at 100 % as they
/// are, so the card comes out at its true size, while a card-sized page gets scaled to fit the
/// sheet or waits for a manual feed on many printers. Folding gives a two-faced card of double
/// paper, stiffer than one sheet.
enum TarjetaLayout {
    static let pageWidth = 612.0
    static let pageHeight = 792.0
    static let cardWidth = 85.6 / 25.4 * 72
    static let cardHeight = 54 / 25.4 * 72
    private static let margin = 40.0
    private static let cardTop = 150.0
    private static var cardLeft: Double { (pageWidth - 2 * cardWidth) / 2 }

    static let instructions = "Recorta por la línea discontinua y dobla por la línea punteada del centro, con lo impreso hacia fuera: queda una tarjeta de 85.6 × 54 mm con frente y reverso. Imprime a tamaño real (100 %), sin ajustar a la página."

    static func draw(_ record: SealedRecord, on canvas: Canvas) {
        header(on: canvas)
        front(record, on: canvas, x: cardLeft, y: cardTop)
        back(record, on: canvas, x: cardLeft + cardWidth, y: cardTop)
        cutAndFoldLines(on: canvas)
        canvas.text(instructions, x: cardLeft, y: cardTop + cardHeight + 14, width: 2 * cardWidth,
                    style: TextStyle(size: 8, color: Palette.gris))
    }

    private static func header(on canvas: Canvas) {
        let top = 32.0
        Emblems.header(on: canvas, pageWidth: pageWidth, margin: margin, top: top)
        canvas.text(OfficialText.tituloTarjeta, x: margin, y: top + 54, width: pageWidth - 2 * margin,
                    style: TextStyle(bold: true, size: 15, color: Palette.guinda))
    }

    /// The NSS, large and grouped, the name and the CURP.
    private static func front(_ record: SealedRecord, on canvas: Canvas, x: Double, y: Double) {
        let inner = cardWidth - 24
        canvas.fill(Rect(x: x, y: y, width: cardWidth, height: 30), color: Palette.guinda)
        canvas.fill(Rect(x: x, y: y + 30, width: cardWidth, height: 2), color: Palette.dorado)
        Emblems.gobMx(on: canvas, x: x + 12, y: y + 7, size: 12, color: Palette.blanco)
        canvas.text(OfficialText.instituto, x: x + 70, y: y + 7, width: cardWidth - 82,
                    style: TextStyle(bold: true, size: 6.5, color: Palette.blanco, alignment: .right))
        let label = TextStyle(bold: true, size: 6, color: Palette.guinda)
        canvas.text(DocumentField.nss.label, x: x + 12, y: y + 40, width: inner, style: label)
        canvas.text(record.data.nss.formatted, x: x + 12, y: y + 49, width: inner,
                    style: TextStyle(family: "DejaVu Sans Mono", bold: true, size: 19), field: .nss)
        canvas.text(DocumentField.nombreCompleto.label, x: x + 12, y: y + 80, width: inner, style: label)
        canvas.text(record.data.fullName, x: x + 12, y: y + 88, width: inner,
                    style: nameStyle(record.data.fullName, width: inner, on: canvas), field: .nombreCompleto)
        canvas.text(DocumentField.curp.label, x: x + 12, y: y + 116, width: inner, style: label)
        canvas.text(record.data.curp.value, x: x + 12, y: y + 124, width: inner,
                    style: TextStyle(family: "DejaVu Sans Mono", bold: true, size: 9.5), field: .curp)
        canvas.fill(Rect(x: x, y: y + cardHeight - 5, width: cardWidth, height: 5), color: Palette.dorado)
    }

    /// The name's face: 8.5 points, smaller for a name that would take more than two lines.
    private static func nameStyle(_ name: String, width: Double, on canvas: Canvas) -> TextStyle {
        let sizes = [8.5, 7.5, 6.5]
        let fits = sizes.map { TextStyle(bold: true, size: $0) }.first { canvas.height(of: name, width: width, style: $0) <= 22 }
        return fits ?? TextStyle(bold: true, size: sizes.last!)
    }

    /// The folio and date of the procedure, what the number is, and where to ask.
    private static func back(_ record: SealedRecord, on canvas: Canvas, x: Double, y: Double) {
        let inner = cardWidth - 24
        canvas.fill(Rect(x: x, y: y, width: cardWidth, height: 5), color: Palette.dorado)
        Emblems.imss(on: canvas, x: x + 24, y: y + 26, radius: 12)
        canvas.text(OfficialText.instituto, x: x + 42, y: y + 14, width: cardWidth - 54,
                    style: TextStyle(bold: true, size: 7, color: Palette.guinda))
        canvas.text(OfficialText.tituloTarjeta, x: x + 42, y: y + 24, width: cardWidth - 54,
                    style: TextStyle(size: 6, color: Palette.gris))
        let label = TextStyle(bold: true, size: 5.5, color: Palette.guinda)
        let value = TextStyle(family: "DejaVu Sans Mono", size: 7.5)
        canvas.text(DocumentField.folio.label, x: x + 12, y: y + 46, width: inner, style: label)
        canvas.text(record.data.folio.value, x: x + 12, y: y + 53, width: inner, style: value, field: .folio)
        canvas.text(DocumentField.fechaDeSolicitud.label, x: x + 12, y: y + 67, width: inner, style: label)
        canvas.text(DocumentField.fechaDeSolicitud.value(in: record), x: x + 12, y: y + 74, width: inner,
                    style: value, field: .fechaDeSolicitud)
        canvas.text("Este Número de Seguridad Social es único, permanente e intransferible.", x: x + 12, y: y + 92,
                    width: inner, style: TextStyle(size: 6.2))
        canvas.text(OfficialText.contacto[3], x: x + 12, y: y + 116, width: inner,
                    style: TextStyle(size: 6, color: Palette.gris))
        canvas.text(OfficialText.contacto[4], x: x + 12, y: y + 124, width: inner,
                    style: TextStyle(size: 6, color: Palette.gris))
        canvas.fill(Rect(x: x, y: y + cardHeight - 12, width: cardWidth, height: 12), color: Palette.guinda)
    }

    private static func cutAndFoldLines(on canvas: Canvas) {
        canvas.stroke(Rect(x: cardLeft, y: cardTop, width: 2 * cardWidth, height: cardHeight),
                      color: Palette.gris, lineWidth: 0.7, dash: [5, 3])
        canvas.line(x1: cardLeft + cardWidth, y1: cardTop, x2: cardLeft + cardWidth, y2: cardTop + cardHeight,
                    color: Palette.gris, lineWidth: 0.7, dash: [1, 2.5])
        canvas.text("✂", x: cardLeft - 16, y: cardTop - 7, width: 14, style: TextStyle(size: 10, color: Palette.gris))
    }
}
