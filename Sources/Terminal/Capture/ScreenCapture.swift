import CNcursesw
import Glibc
import Synchronization

/// Draws with the real ncurses on a headless screen and reads back what it holds, cell by
/// cell: golden snapshots of widgets and screens without a terminal or an emulator.
///
/// A private ncurses screen writes to /dev/null at the requested size; after the frame is
/// shown (`doupdate`), every cell of `curscr`, ncurses' picture of the terminal, is read
/// with `mvwin_wch`/`getcchar`: its characters, attributes and colour pair. Captures are
/// serialised: ncurses is not thread-safe, and tests run in parallel.
public enum ScreenCapture {
    /// Renders `draw` on a blank screen of `size` and returns the screen.
    public static func render(size: Size = .standard, colorMode: ColorMode = .xterm256,
                              textMode: TextMode = .unicode, _ draw: (Canvas) -> Void) -> ScreenSnapshot {
        lock.withLock { _ in
            _ = utf8Characters
            guard let output = fopen("/dev/null", "w"), let input = fopen("/dev/null", "r") else {
                preconditionFailure("/dev/null cannot be opened")
            }
            defer {
                fclose(output)
                fclose(input)
            }
            guard let screen = newterm("xterm-256color", output, input) else {
                preconditionFailure("the terminfo entry xterm-256color is missing")
            }
            set_term(screen)
            defer {
                endwin()
                delscreen(screen)
            }
            resizeterm(Int32(size.rows), Int32(size.columns))
            if colorMode != .monochrome {
                start_color()
                use_default_colors()
            }
            let theme = Theme(colorMode: colorMode)
            theme.installPairs(defaultColors: true)
            let canvas = Canvas(window: nc_stdscr(), theme: theme, glyphs: Glyphs(textMode: textMode))
            canvas.clear()
            draw(canvas)
            canvas.present()
            return read(nc_curscr(), size: size, cursor: canvas.parkedCursor)
        }
    }

    private static let lock = Mutex<Void>(())

    /// Character functions in ncurses need a UTF-8 LC_CTYPE; set once for the process.
    private static let utf8Characters: Void = {
        setlocale(LC_CTYPE, "C.UTF-8")
    }()

    private static func read(_ window: UnsafeMutablePointer<WINDOW>, size: Size, cursor: Point?) -> ScreenSnapshot {
        var lines: [String] = [], attributes: [String] = [], pairs: [String] = []
        for row in 0..<size.rows {
            var line = "", attributeRow = "", pairRow = ""
            var column = 0
            while column < size.columns {
                var cell = cchar_t()
                var characters = [wchar_t](repeating: 0, count: 8)
                var bits: attr_t = 0
                var pair: Int16 = 0
                mvwin_wch(window, Int32(row), Int32(column), &cell)
                getcchar(&cell, &characters, &bits, &pair, nil)
                let scalars = characters.prefix { $0 != 0 }.compactMap { Unicode.Scalar(UInt32(bitPattern: $0)) }
                let text = scalars.isEmpty ? " " : String(String.UnicodeScalarView(scalars))
                let width = max(1, TextWidth.of(Character(text)))
                line += text
                let attributeCode = code(TextAttributes(curses: bits).rawValue)
                let pairCode = pair == 0 ? "." : String(pair, radix: 36)
                attributeRow += String(repeating: attributeCode, count: width)
                pairRow += String(repeating: pairCode, count: width)
                column += width
            }
            lines.append(line)
            attributes.append(attributeRow)
            pairs.append(pairRow)
        }
        return ScreenSnapshot(size: size, lines: lines, attributes: attributes, colorPairs: pairs, cursor: cursor)
    }

    private static func code(_ bits: UInt8) -> String {
        bits == 0 ? "." : String(bits, radix: 16)
    }
}
