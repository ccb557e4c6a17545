#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#endif

/// The line mode's terminal at a kiosk: no key a person can press generates a signal or ends the
/// input. ISIG and IEXTEN are cleared (Ctrl-C, Ctrl-Z, Ctrl-\ and Ctrl-V arrive as ordinary bytes), flow
/// control is off (Ctrl-S cannot freeze the output), Ctrl-D is no end of input, and SIGINT, SIGQUIT
/// (no crash backtrace either), SIGTSTP, SIGTTIN and SIGTTOU are ignored even when sent by other
/// means. `restore()` (also run at exit) gives the terminal back as it was.
public enum KioskLineTerminal {
    nonisolated(unsafe) private static var saved: termios?
    nonisolated(unsafe) private static var exitHookInstalled = false
    private static let ignored = [SIGINT, SIGQUIT, SIGTSTP, SIGTTIN, SIGTTOU]

    /// Locks the terminal on `descriptor` down; call once, from the main thread, before reading.
    public static func lockDown(_ descriptor: Int32 = STDIN_FILENO) {
        for signal in ignored { _ = Glibc.signal(signal, SIG_IGN) }
        var modes = termios()
        guard isatty(descriptor) == 1, tcgetattr(descriptor, &modes) == 0 else { return }
        saved = modes
        modes.c_lflag &= ~tcflag_t(ISIG | IEXTEN)
        modes.c_iflag &= ~tcflag_t(IXON | IXOFF)
        withUnsafeMutableBytes(of: &modes.c_cc) { cc in
            cc[Int(VEOF)] = 0   // _POSIX_VDISABLE on Linux
        }
        tcsetattr(descriptor, TCSANOW, &modes)
        if !exitHookInstalled {
            exitHookInstalled = true
            atexit { KioskLineTerminal.restore() }
            // Staff ending the kiosk with kill, or the terminal going away: the terminal gets its
            // signal keys and echo back, then the signal does what it always does.
            for signal in [SIGTERM, SIGHUP] {
                _ = Glibc.signal(signal) { received in
                    KioskLineTerminal.restore()
                    _ = Glibc.signal(received, SIG_DFL)
                    raise(received)
                }
            }
        }
    }

    /// The terminal as it was before `lockDown`, with echo on.
    public static func restore(_ descriptor: Int32 = STDIN_FILENO) {
        guard var modes = saved else { return }
        saved = nil
        modes.c_lflag |= tcflag_t(ECHO)
        tcsetattr(descriptor, TCSANOW, &modes)
    }
}
