import CNcursesw

/// The look of every `Style`: the gob.mx colours (guinda, verde, dorado) and, for each
/// style, a monochrome twin made of bold, reverse and underline.
///
/// Nothing is said by colour alone: styles that must be told apart (a field and the focused
/// field, a button and the focused button, text and an error) differ in their attributes in
/// both looks, and widgets add a mark (▸, ✗) besides.
public struct Theme: Sendable, Hashable {
    public let colorMode: ColorMode

    public init(colorMode: ColorMode) {
        self.colorMode = colorMode
    }

    /// The look of `style` in this theme's colour mode.
    public func look(_ style: Style) -> StyleLook {
        colorMode == .monochrome ? Self.monochrome(style) : Self.colored(style)
    }

    /// The monochrome twin of `style`.
    public static func monochrome(_ style: Style) -> StyleLook {
        switch style {
        case .body, .label, .notice, .button, .dialog, .frame, .hintLine, .typedText: StyleLook()
        case .titleBar: StyleLook(.reverse)
        case .screenTitle, .focusedButton, .testModeBanner, .dialogTitle, .focusedLabel: StyleLook([.reverse, .bold])
        case .hintKey: StyleLook([.bold, .underline])
        case .requiredMark, .focusMarker, .error, .success, .bigDigits: StyleLook(.bold)
        case .field: StyleLook(.underline)
        case .focusedField: StyleLook(.underline)
        case .selectedRow, .qrCode: StyleLook(.reverse)
        case .tableHeader: StyleLook([.bold, .underline])
        }
    }

    /// The colour look of `style`.
    public static func colored(_ style: Style) -> StyleLook {
        switch style {
        case .body, .label, .button, .dialog, .typedText: StyleLook()
        case .frame: StyleLook(foreground: .verde)
        case .titleBar: StyleLook(foreground: .blanco, background: .guindaOscuro)
        case .screenTitle: StyleLook(foreground: .blanco, background: .guindaOscuro, .bold)
        case .hintLine: StyleLook(foreground: .blanco, background: .verde)
        case .hintKey: StyleLook(foreground: .blanco, background: .verde, [.bold, .underline])
        case .requiredMark, .focusMarker, .bigDigits: StyleLook(foreground: .dorado, .bold)
        case .field: StyleLook(.underline)
        case .focusedField: StyleLook(foreground: .dorado, .underline)
        case .selectedRow: StyleLook(foreground: .blanco, background: .verde, .bold)
        case .error: StyleLook(foreground: .terminalRed, .bold)
        case .notice: StyleLook(foreground: .dorado)
        case .success: StyleLook(foreground: .terminalGreen, .bold)
        case .focusedButton, .dialogTitle, .focusedLabel: StyleLook(foreground: .blanco, background: .guinda, .bold)
        case .tableHeader: StyleLook(foreground: .dorado, [.bold, .underline])
        case .testModeBanner: StyleLook(foreground: .negro, background: .dorado, .bold)
        case .qrCode: StyleLook(foreground: .negro, background: .blanco)
        }
    }

    /// The colour pair a style uses: one per style, numbered from 1.
    func pair(_ style: Style) -> Int16 {
        colorMode == .monochrome || !look(style).hasColor ? 0 : Int16(style.rawValue + 1)
    }

    /// Defines the colour pairs on the current ncurses screen (after `start_color`).
    /// `defaultColors` says whether -1 (the terminal's own colours) may be used.
    func installPairs(defaultColors: Bool) {
        guard colorMode != .monochrome else { return }
        for style in Style.allCases where look(style).hasColor {
            let look = look(style)
            let fallbackForeground: Int16 = defaultColors ? -1 : Int16(COLOR_WHITE)
            let fallbackBackground: Int16 = defaultColors ? -1 : Int16(COLOR_BLACK)
            init_pair(pair(style), index(look.foreground) ?? fallbackForeground,
                      index(look.background) ?? fallbackBackground)
        }
    }

    private func index(_ color: PaletteColor?) -> Int16? {
        guard let color else { return nil }
        return colorMode == .xterm256 ? color.xterm256 : color.ansi8
    }

    /// The ncurses attributes and pair for a style.
    func curses(_ style: Style) -> (attributes: attr_t, pair: Int16) {
        (look(style).attributes.curses, pair(style))
    }
}
