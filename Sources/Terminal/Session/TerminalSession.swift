import CNcursesw
import CTermGuard
import Glibc

/// The terminal, owned by the program from `start` to `stop`.
///
/// Start: locale, signal handlers (before ncurses, so it leaves them alone), crash guard,
/// `newterm` on the terminal's descriptors (an unknown TERM is a typed error, never an
/// exit inside ncurses), cbreak, no echo, keypad, a short Esc delay, Shift-Tab taught,
/// flow control off (Ctrl-S cannot freeze the screen), colours per `ColorMode`.
/// Stop, on every way out: clear the frame, `endwin`, give back every signal disposition.
/// Only the UI thread may use a session.
public final class TerminalSession {
    public let theme: Theme
    public let glyphs: Glyphs
    public let options: SessionOptions
    private let screen: OpaquePointer
    private let output: UnsafeMutablePointer<FILE>
    private let input: UnsafeMutablePointer<FILE>
    private let window: UnsafeMutablePointer<WINDOW>
    private let keys: KeyReader
    private var shownCursor: Point?
    public private(set) var isActive = true

    /// Takes over the terminal, from a task: waits for ncurses to be free (`CursesOwnership`) without
    /// holding a cooperative thread. Throws as `init`.
    public static func open(options: SessionOptions = SessionOptions()) async throws(TerminalError) -> TerminalSession {
        await CursesOwnership.acquire()
        return try TerminalSession(holdingCursesWith: options)
    }

    /// Takes over the terminal. Throws `TerminalError` when there is no terminal, TERM is
    /// unknown, or the terminal cannot address the cursor; the terminal is then untouched.
    /// Blocks while another session or capture uses ncurses: for the program's main thread, never
    /// a task (`open` is for tasks).
    public convenience init(options: SessionOptions = SessionOptions()) throws(TerminalError) {
        CursesOwnership.acquireBlocking()
        try self.init(holdingCursesWith: options)
    }

    /// With ncurses already taken (`CursesOwnership`); gives it back when it throws.
    private init(holdingCursesWith options: SessionOptions) throws(TerminalError) {
        guard isatty(options.inputDescriptor) == 1, isatty(options.outputDescriptor) == 1 else {
            CursesOwnership.release()
            throw .notATerminal
        }
        guard let terminalType = options.resolvedTerminalType, !terminalType.isEmpty else {
            CursesOwnership.release()
            throw .unknownTerminal(options.resolvedTerminalType)
        }
        let codeset = TerminalLocale.configure(environment: options.environment)
        let outputDuplicate = dup(options.outputDescriptor), inputDuplicate = dup(options.inputDescriptor)
        guard let output = fdopen(outputDuplicate, "w"), let input = fdopen(inputDuplicate, "r") else {
            close(outputDuplicate)
            close(inputDuplicate)
            CursesOwnership.release()
            throw .notATerminal
        }
        termguard_install_termination_handlers()
        if options.kiosk { termguard_ignore_job_control() }
        guard let screen = newterm(terminalType, output, input) else {
            CursesOwnership.release()
            Self.releaseSignals(kiosk: options.kiosk)
            fclose(output)
            fclose(input)
            throw .unknownTerminal(terminalType)
        }
        set_term(screen)
        guard nc_has_string_capability("cup") != 0 else {
            endwin()
            delscreen(screen)
            CursesOwnership.release()
            Self.releaseSignals(kiosk: options.kiosk)
            fclose(output)
            fclose(input)
            throw .unsupportedTerminal(terminalType)
        }
        termguard_install_crash_guard()
        termguard_set_curses_active(1)

        self.options = options
        self.screen = screen
        self.output = output
        self.input = input
        window = nc_stdscr()
        keys = KeyReader(window: window)

        cbreak()
        noecho()
        nonl()
        intrflush(window, false)
        keypad(window, true)
        set_escdelay(options.escapeDelayMilliseconds)
        ExtraKeySequences.install()
        termguard_set_line_keys(options.inputDescriptor, options.kiosk ? 1 : 0, 1)
        def_prog_mode()

        let noColor = options.environment["NO_COLOR"]
        let wantsColor = has_colors() && !options.forceMonochrome && (noColor ?? "").isEmpty
        let defaultColors = wantsColor && start_color() == OK && use_default_colors() == OK
        theme = Theme(colorMode: ColorMode.detect(
            hasColors: wantsColor, colors: Int(nc_colors()),
            forceMonochrome: options.forceMonochrome, noColor: noColor))
        theme.installPairs(defaultColors: defaultColors)
        glyphs = Glyphs(textMode: options.forceASCII
            ? .ascii : TextMode.detect(codeset: codeset, terminalType: terminalType))
    }

    deinit {
        stop()
    }

    /// The terminal's current size.
    public var size: Size {
        Size(rows: Int(nc_lines()), columns: Int(nc_cols()))
    }

    /// A blank canvas for the next frame, the size of the terminal.
    public func beginFrame() -> Canvas {
        let canvas = Canvas(window: window, theme: theme, glyphs: glyphs)
        canvas.clear()
        return canvas
    }

    /// Shows a finished frame; only the cells that changed are sent.
    public func show(_ canvas: Canvas) {
        canvas.present()
        shownCursor = canvas.parkedCursor
    }

    /// What the terminal shows now, read back from ncurses (for tests and screen dumps).
    public func snapshot() -> ScreenSnapshot {
        ScreenReader.read(nc_curscr(), size: size, cursor: shownCursor)
    }

    /// Makes the next frame repaint the whole terminal (Ctrl-L: the screen was disturbed).
    public func repaintAll() {
        clearok(nc_curscr(), true)
    }

    /// Drops every key typed and not yet taken: in the terminal's input queue and in ncurses' own
    /// buffer. Called on every wipe, so nothing typed for one person is read as the next one's.
    public func discardPendingInput() {
        tcflush(options.inputDescriptor, TCIFLUSH)
        flushinp()
    }

    /// The keys typed within `timeoutMilliseconds`; a paste is one `.text`. The wait ends early, with
    /// no keys, when `wake` becomes readable (an `Inbox` that was posted to).
    public func readKeys(timeoutMilliseconds: Int32, wake: Int32? = nil) -> [Key] {
        keys.read(timeoutMilliseconds: timeoutMilliseconds, input: options.inputDescriptor, wake: wake)
    }

    /// Whether the terminal has gone away (the SSH link or the terminal window closed)
    /// without a SIGHUP reaching this process: reads then fail at once, forever.
    public var hasHungUp: Bool {
        var descriptor = pollfd(fd: options.inputDescriptor, events: Int16(POLLIN), revents: 0)
        guard poll(&descriptor, 1, 0) > 0 else { return false }
        return descriptor.revents & Int16(POLLHUP | POLLERR | POLLNVAL) != 0
    }

    /// The signals received since the last look.
    public func takeSignals() -> ReceivedSignals {
        ReceivedSignals.take()
    }

    /// Gives the terminal back: clears the frame (terminals without an alternate screen
    /// would keep a person's data on view), leaves curses mode, restores the signal
    /// dispositions. Calling it again does nothing.
    ///
    /// On a terminal without an alternate screen (the Linux console, TERM=linux over SSH) the clear
    /// itself may push the frame into the scrollback (tmux, screen and many emulators keep a cleared
    /// screen): its E3 erases the scrollback too. With an alternate screen the frame never reached the
    /// scrollback, and the account's own history there is left alone.
    public func stop() {
        guard isActive else { return }
        isActive = false
        termguard_set_curses_active(0)
        werase(window)
        wrefresh(window)
        curs_set(1)
        endwin()
        if nc_has_string_capability("smcup") == 0, let eraseScrollback = nc_string_capability("E3") {
            fputs(eraseScrollback, output)
            fflush(output)
        }
        delscreen(screen)
        CursesOwnership.release()
        fclose(output)
        fclose(input)
        termguard_remove_crash_guard()
        Self.releaseSignals(kiosk: options.kiosk)
    }

    private static func releaseSignals(kiosk: Bool) {
        if kiosk { termguard_restore_job_control() }
        termguard_remove_termination_handlers()
    }
}
