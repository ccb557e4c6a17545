/// The gob.mx and IMSS marks, drawn as type and shapes (the documents carry no images).
enum Emblems {
    /// The gob.mx wordmark, `size` points high, at (x, y).
    static func gobMx(on canvas: Canvas, x: Double, y: Double, size: Double, color: RGB) {
        canvas.text(OfficialText.gobMx, x: x, y: y, width: size * 5, style: TextStyle(bold: true, size: size, color: color))
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
