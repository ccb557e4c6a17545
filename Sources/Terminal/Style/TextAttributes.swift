import CNcursesw

/// The attributes every terminal worth the name can show without colour.
public struct TextAttributes: OptionSet, Hashable, Sendable {
    public let rawValue: UInt8
    public init(rawValue: UInt8) { self.rawValue = rawValue }

    public static let bold = TextAttributes(rawValue: 1 << 0)
    public static let reverse = TextAttributes(rawValue: 1 << 1)
    public static let underline = TextAttributes(rawValue: 1 << 2)
    public static let dim = TextAttributes(rawValue: 1 << 3)

    /// The ncurses attribute bits.
    var curses: attr_t {
        var bits = nc_a_normal()
        if contains(.bold) { bits |= nc_a_bold() }
        if contains(.reverse) { bits |= nc_a_reverse() }
        if contains(.underline) { bits |= nc_a_underline() }
        if contains(.dim) { bits |= nc_a_dim() }
        return bits
    }

    /// The attributes in ncurses attribute bits (colour and other bits ignored).
    init(curses bits: attr_t) {
        var attributes: TextAttributes = []
        if bits & nc_a_bold() != 0 { attributes.insert(.bold) }
        if bits & nc_a_reverse() != 0 { attributes.insert(.reverse) }
        if bits & nc_a_underline() != 0 { attributes.insert(.underline) }
        if bits & nc_a_dim() != 0 { attributes.insert(.dim) }
        self = attributes
    }
}
