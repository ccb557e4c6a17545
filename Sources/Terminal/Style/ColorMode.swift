/// How many colours the theme may use.
public enum ColorMode: Sendable, Hashable {
    /// No colour: every style is its monochrome twin (bold, reverse, underline).
    case monochrome
    /// The 8 ANSI colours (the Linux console, old xterms).
    case ansi8
    /// The xterm 256-colour palette.
    case xterm256

    /// Monochrome when asked (`--mono`), when `NO_COLOR` is set to anything but the empty
    /// string (no-color.org), or when the terminal has no colours.
    public static func detect(hasColors: Bool, colors: Int, forceMonochrome: Bool, noColor: String?) -> ColorMode {
        if forceMonochrome || !(noColor ?? "").isEmpty || !hasColors || colors < 8 { return .monochrome }
        return colors >= 256 ? .xterm256 : .ansi8
    }
}
