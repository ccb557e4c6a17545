/// A colour of the theme, with the terminal colour it becomes in 256 and in 8 colours.
public struct PaletteColor: Hashable, Sendable {
    /// The colour in the design, as red, green, blue (0–255).
    public let red: UInt8, green: UInt8, blue: UInt8
    /// The nearest colour of the xterm 256-colour cube and grey ramp (16–255).
    public let xterm256: Int16
    /// The colour to use where only the 8 ANSI colours exist (0–7).
    public let ansi8: Int16

    /// A colour of the design: its 256-colour index is the nearest one; its 8-colour twin is
    /// chosen by hand (the nearest of 8 by distance is often black).
    public init(hex: UInt32, ansi8: Int16) {
        red = UInt8((hex >> 16) & 0xFF)
        green = UInt8((hex >> 8) & 0xFF)
        blue = UInt8(hex & 0xFF)
        xterm256 = Self.nearestXterm256(red: red, green: green, blue: blue)
        self.ansi8 = ansi8
    }

    /// One of the terminal's own 8 colours, whatever the person set it to look like.
    public init(ansi index: Int16) {
        red = 0; green = 0; blue = 0
        xterm256 = index
        ansi8 = index
    }

    // The colours of gob.mx.
    public static let guinda = PaletteColor(hex: 0x9D2449, ansi8: 1)
    public static let guindaOscuro = PaletteColor(hex: 0x691C32, ansi8: 1)
    public static let verde = PaletteColor(hex: 0x235B4E, ansi8: 2)
    public static let dorado = PaletteColor(hex: 0xBC955C, ansi8: 3)
    public static let blanco = PaletteColor(hex: 0xFFFFFF, ansi8: 7)
    public static let negro = PaletteColor(hex: 0x000000, ansi8: 0)
    // The terminal's own red and green: readable on whatever background the person has.
    public static let terminalRed = PaletteColor(ansi: 1)
    public static let terminalGreen = PaletteColor(ansi: 2)

    /// The index (16–255) of the 6×6×6 cube or the grey ramp closest to the colour.
    static func nearestXterm256(red: UInt8, green: UInt8, blue: UInt8) -> Int16 {
        let levels = [0, 95, 135, 175, 215, 255]
        func nearestLevel(_ value: UInt8) -> Int {
            levels.indices.min { abs(levels[$0] - Int(value)) < abs(levels[$1] - Int(value)) }!
        }
        func distance(_ r: Int, _ g: Int, _ b: Int) -> Int {
            let dr = r - Int(red), dg = g - Int(green), db = b - Int(blue)
            return dr * dr + dg * dg + db * db
        }
        let (r, g, b) = (nearestLevel(red), nearestLevel(green), nearestLevel(blue))
        let cube = (index: 16 + 36 * r + 6 * g + b, distance: distance(levels[r], levels[g], levels[b]))
        let average = (Int(red) + Int(green) + Int(blue)) / 3
        let step = min(23, max(0, (average - 8 + 5) / 10))
        let grey = 8 + 10 * step
        let ramp = (index: 232 + step, distance: distance(grey, grey, grey))
        return Int16(ramp.distance < cube.distance ? ramp.index : cube.index)
    }
}
