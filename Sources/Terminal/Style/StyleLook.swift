/// What one style looks like: colours (nil: the terminal's default) and attributes.
public struct StyleLook: Hashable, Sendable {
    public var foreground: PaletteColor?
    public var background: PaletteColor?
    public var attributes: TextAttributes

    public init(foreground: PaletteColor? = nil, background: PaletteColor? = nil, _ attributes: TextAttributes = []) {
        self.foreground = foreground
        self.background = background
        self.attributes = attributes
    }

    public var hasColor: Bool { foreground != nil || background != nil }
}
