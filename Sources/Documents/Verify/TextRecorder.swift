/// A `Canvas` that draws nothing and notes each text in order: replaying a layout onto it gives
/// the text a genuine document shows, which the verifier compares with what a PDF shows.
final class TextRecorder: Canvas {
    /// One drawn text and the datum it shows, if any.
    struct Item: Equatable {
        let text: String
        let field: DocumentField?
    }

    private(set) var items: [Item] = []

    /// Heights do not matter here: the layouts' text does not depend on them.
    func height(of text: String, width: Double, style: TextStyle) -> Double { style.size }

    func text(_ text: String, x: Double, y: Double, width: Double, style: TextStyle, field: DocumentField?) -> Double {
        items.append(Item(text: text, field: field))
        return style.size
    }

    func fill(_ rect: Rect, color: RGB, cornerRadius: Double) {}
    func stroke(_ rect: Rect, color: RGB, lineWidth: Double, dash: [Double]) {}
    func line(x1: Double, y1: Double, x2: Double, y2: Double, color: RGB, lineWidth: Double, dash: [Double]) {}
    func fillCircle(x: Double, y: Double, radius: Double, color: RGB) {}
    func qr(_ matrix: QRMatrix, x: Double, y: Double, size: Double) {}
}
