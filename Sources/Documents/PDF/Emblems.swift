/// The gob.mx and IMSS marks, drawn as type and shapes (the documents carry no images).
enum Emblems {
    /// The gob.mx wordmark, `size` points high, at (x, y).
    static func gobMx(on canvas: Canvas, x: Double, y: Double, size: Double, color: RGB) {
        canvas.text(OfficialText.gobMx, x: x, y: y, width: size * 5, style: TextStyle(bold: true, size: size, color: color))
    }

    /// The page header both documents share: gob.mx, a golden bar, the IMSS seal and the
    /// institute's name in two lines, over a golden rule across the page.
    static func header(on canvas: Canvas, pageWidth: Double, margin: Double, top: Double) {
        gobMx(on: canvas, x: margin, y: top + 2, size: 22, color: Palette.texto)
        canvas.line(x1: margin + 96, y1: top, x2: margin + 96, y2: top + 34, color: Palette.dorado, lineWidth: 1, dash: [])
        imss(on: canvas, x: margin + 126, y: top + 17, radius: 17)
        let name = TextStyle(bold: true, size: 10.5, color: Palette.guinda)
        for (line, text) in OfficialText.institutoEnDosLineas.enumerated() {
            canvas.text(text, x: margin + 151, y: top + 4 + 13 * Double(line), width: 200, style: name)
        }
        canvas.line(x1: margin, y1: top + 44, x2: pageWidth - margin, y2: top + 44, color: Palette.dorado, lineWidth: 1.5, dash: [])
    }

    /// The IMSS seal: a guinda disc in a golden ring, with the initials, centred at (x, y).
    static func imss(on canvas: Canvas, x: Double, y: Double, radius: Double) {
        canvas.fillCircle(x: x, y: y, radius: radius, color: Palette.dorado)
        canvas.fillCircle(x: x, y: y, radius: radius * 0.86, color: Palette.guinda)
        let style = TextStyle(bold: true, size: radius * 0.5, color: Palette.blanco, alignment: .center)
        let height = canvas.height(of: "IMSS", width: radius * 2, style: style)
        canvas.text("IMSS", x: x - radius, y: y - height / 2, width: radius * 2, style: style)
    }
}
