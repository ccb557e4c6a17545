/// Where a document layout draws: `CairoCanvas` (in PDFRendering) paints the PDF; tests may record
/// what is drawn. Layouts must draw the same text whatever the canvas measures.
package protocol Canvas: AnyObject {
    /// The height of `text` wrapped to `width`.
    func height(of text: String, width: Double, style: TextStyle) -> Double
    /// Draws `text` with its top left at (x, y), wrapped to `width`, and returns its height.
    /// `field` names the datum the text shows, if any.
    @discardableResult
    func text(_ text: String, x: Double, y: Double, width: Double, style: TextStyle, field: DocumentField?) -> Double
    func fill(_ rect: Rect, color: RGB, cornerRadius: Double)
    func stroke(_ rect: Rect, color: RGB, lineWidth: Double, dash: [Double])
    func line(x1: Double, y1: Double, x2: Double, y2: Double, color: RGB, lineWidth: Double, dash: [Double])
    func fillCircle(x: Double, y: Double, radius: Double, color: RGB)
    /// Draws the QR code's dark modules in a `size`-point square at (x, y), quiet zone included.
    func qr(_ matrix: QRMatrix, x: Double, y: Double, size: Double)
}

extension Canvas {
    @discardableResult
    package func text(_ text: String, x: Double, y: Double, width: Double, style: TextStyle) -> Double {
        self.text(text, x: x, y: y, width: width, style: style, field: nil)
    }

    package func fill(_ rect: Rect, color: RGB) { fill(rect, color: color, cornerRadius: 0) }

    package func stroke(_ rect: Rect, color: RGB, lineWidth: Double) {
        stroke(rect, color: color, lineWidth: lineWidth, dash: [])
    }
}
