#ifndef NSS_KIOSK_TERMGUARD_H
#define NSS_KIOSK_TERMGUARD_H

/* The C side of terminal safety: state that signal handlers touch, and the
 * terminal restore that must happen on every way out of the program. */

/* Tell the guard whether curses owns the terminal; it restores it only then. */
void termguard_set_curses_active(int active);

/* SIGSEGV, SIGILL, SIGTRAP, SIGABRT, SIGBUS, SIGFPE and exit(): restore the
 * terminal (clear, endwin), then let the previous handler or the default
 * action finish the process. Installing twice is harmless. */
void termguard_install_crash_guard(void);
void termguard_remove_crash_guard(void);

/* SIGINT, SIGTERM, SIGHUP and SIGQUIT only set a bit in an atomic mask (no
 * SA_RESTART, so a blocked read returns at once). Install before newterm():
 * ncurses then leaves these signals alone. Clears what was received before.
 * Returns 0 or -1. */
int termguard_install_termination_handlers(void);
void termguard_remove_termination_handlers(void);

/* The signals received since the last call, as a mask of (1u << signo); clears it. */
unsigned termguard_take_signals(void);

/* Kiosk: SIGTSTP and SIGQUIT from outside are ignored until restored. */
void termguard_ignore_job_control(void);
void termguard_restore_job_control(void);

/* Terminal line settings on fd. signal_keys_are_input != 0 clears ISIG and
 * IEXTEN, so Ctrl-C, Ctrl-Z and Ctrl-\ arrive as ordinary bytes; flow control
 * off clears IXON and IXOFF, so Ctrl-S/Ctrl-Q cannot freeze the output.
 * Returns 0 or -1 (not a terminal). */
int termguard_set_line_keys(int fd, int signal_keys_are_input, int flow_control_off);

#endif
