import CNcursesw

/// Escape sequences taught to ncurses besides what terminfo knows, so that Shift-Tab, arrows,
/// Home, End, Delete and the function keys work when TERM does not quite match the terminal
/// (TERM=vt100 or linux inside tmux, an SSH client that claims xterm).
enum ExtraKeySequences {
    static let all: [(sequence: String, code: Int32)] = [
        ("\u{1B}[Z", KEY_BTAB),
        ("\u{1B}[A", KEY_UP), ("\u{1B}OA", KEY_UP), ("\u{1B}[B", KEY_DOWN), ("\u{1B}OB", KEY_DOWN),
        ("\u{1B}[C", KEY_RIGHT), ("\u{1B}OC", KEY_RIGHT), ("\u{1B}[D", KEY_LEFT), ("\u{1B}OD", KEY_LEFT),
        ("\u{1B}[H", KEY_HOME), ("\u{1B}OH", KEY_HOME), ("\u{1B}[1~", KEY_HOME), ("\u{1B}[7~", KEY_HOME),
        ("\u{1B}[F", KEY_END), ("\u{1B}OF", KEY_END), ("\u{1B}[4~", KEY_END), ("\u{1B}[8~", KEY_END),
        ("\u{1B}[3~", KEY_DC),
        ("\u{1B}[5~", KEY_PPAGE), ("\u{1B}[6~", KEY_NPAGE),
        ("\u{1B}OP", nc_key_f(1)), ("\u{1B}OQ", nc_key_f(2)), ("\u{1B}OR", nc_key_f(3)), ("\u{1B}OS", nc_key_f(4)),
        ("\u{1B}[11~", nc_key_f(1)), ("\u{1B}[12~", nc_key_f(2)), ("\u{1B}[13~", nc_key_f(3)), ("\u{1B}[14~", nc_key_f(4)),
        ("\u{1B}[[A", nc_key_f(1)), ("\u{1B}[[B", nc_key_f(2)), ("\u{1B}[[C", nc_key_f(3)), ("\u{1B}[[D", nc_key_f(4)),
        ("\u{1B}[[E", nc_key_f(5)), ("\u{1B}[15~", nc_key_f(5)), ("\u{1B}[17~", nc_key_f(6)),
        ("\u{1B}[18~", nc_key_f(7)), ("\u{1B}[19~", nc_key_f(8)), ("\u{1B}[20~", nc_key_f(9)),
        ("\u{1B}[21~", nc_key_f(10)), ("\u{1B}[23~", nc_key_f(11)), ("\u{1B}[24~", nc_key_f(12)),
    ]

    /// Teaches every sequence to the current ncurses screen.
    static func install() {
        for (sequence, code) in all {
            define_key(sequence, code)
        }
    }
}
