import CNcursesw
import Glibc

/// Draws with the real ncurses on a headless screen and reads back what it holds, cell by
/// cell: golden snapshots of widgets and screens without a terminal or an emulator.
///
/// A private ncurses screen writes to /dev/null at the requested size; after the frame is
/// shown (`doupdate`), every cell of `curscr`, ncurses' picture of the terminal, is read
/// with `mvwin_wch`/`getcchar`: its characters, attributes and colour pair. Captures wait for
/// ncurses to be free (`CursesOwnership`): it is not thread-safe, and tests run in parallel.
public enum ScreenCapture {
    /// Renders `draw` on a blank screen of `size` and returns the screen.
    public static func render(size: Size = .standard, colorMode: ColorMode = .xterm256,
                              textMode: TextMode = .unicode, _ draw: (Canvas) -> Void) async -> ScreenSnapshot {
        await CursesOwnership.acquire()
        defer { CursesOwnership.release() }
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
        return ScreenReader.read(nc_curscr(), size: size, cursor: canvas.parkedCursor)
    }

    /// Character functions in ncurses need a UTF-8 LC_CTYPE; set once for the process.
    private static let utf8Characters: Void = {
        setlocale(LC_CTYPE, "C.UTF-8")
    }()
}
