/// An sRGB colour.
package struct RGB: Equatable, Sendable {
    package let red, green, blue: Double

    package init(hex: UInt32) {
        red = Double(hex >> 16 & 0xFF) / 255
        green = Double(hex >> 8 & 0xFF) / 255
        blue = Double(hex & 0xFF) / 255
    }
}

/// The gob.mx palette the documents use.
package enum Palette {
    static let guinda = RGB(hex: 0x9D2449)
    static let guindaOscuro = RGB(hex: 0x621132)
    static let dorado = RGB(hex: 0xB38E5D)
    static let doradoClaro = RGB(hex: 0xF4EDE3)
    package static let texto = RGB(hex: 0x231F20)
    static let gris = RGB(hex: 0x545454)
    package static let blanco = RGB(hex: 0xFFFFFF)
}

/// A rectangle in points, origin at the top left of the page.
package struct Rect: Equatable, Sendable {
    package let x, y, width, height: Double

    package init(x: Double, y: Double, width: Double, height: Double) {
        (self.x, self.y, self.width, self.height) = (x, y, width, height)
    }
}

/// How a block of text is set: a DejaVu face, size, colour and alignment.
package struct TextStyle: Equatable, Sendable {
    package enum Alignment: Sendable { case left, center, right }
    /// Where lines may break: between words (falling back to characters inside a word too long
    /// for the line), or anywhere, which fills the lines of a seal evenly.
    package enum Wrap: Sendable { case words, characters }

    package var family = "DejaVu Sans"
    package var bold = false
    package var size: Double
    package var color = Palette.texto
    package var alignment = Alignment.left
    package var justify = false
    package var wrap = Wrap.words

    /// The pango font description, e.g. `DejaVu Sans Bold 9`.
    package var fontDescription: String {
        "\(family)\(bold ? " Bold" : "") \(size)"
    }

    func bold(_ on: Bool = true) -> TextStyle { var s = self; s.bold = on; return s }
    func color(_ c: RGB) -> TextStyle { var s = self; s.color = c; return s }
    func aligned(_ a: Alignment) -> TextStyle { var s = self; s.alignment = a; return s }
    func justified() -> TextStyle { var s = self; s.justify = true; return s }
    func family(_ f: String) -> TextStyle { var s = self; s.family = f; return s }
    func wrapped(_ w: Wrap) -> TextStyle { var s = self; s.wrap = w; return s }
}
