#define _DEFAULT_SOURCE 1
#define _XOPEN_SOURCE 600
#define NCURSES_WIDECHAR 1

#include "termguard.h"

#include <ncurses.h>
#include <signal.h>
#include <stdatomic.h>
#include <stdlib.h>
#include <string.h>
#include <termios.h>

static volatile sig_atomic_t curses_active = 0;

void termguard_set_curses_active(int active) { curses_active = active ? 1 : 0; }

/* Clear the frame (terminals without an alternate screen keep it otherwise:
 * a person's data must not stay visible), then give the terminal back. */
static void restore_terminal(void) {
    if (!curses_active) return;
    curses_active = 0;
    werase(stdscr);
    wrefresh(stdscr);
    endwin();
}

/* ---- crash guard ---- */

static const int fatal_signals[] = { SIGSEGV, SIGILL, SIGTRAP, SIGABRT, SIGBUS, SIGFPE };
#define FATAL_COUNT (sizeof fatal_signals / sizeof fatal_signals[0])
static struct sigaction previous_fatal[FATAL_COUNT];
static int crash_guard_installed = 0;
static int exit_hook_registered = 0;

static void put_back_fatal_handlers(void) {
    for (unsigned i = 0; i < FATAL_COUNT; i++) sigaction(fatal_signals[i], &previous_fatal[i], NULL);
    crash_guard_installed = 0;
}

static void fall_back_to_default_fatal_handlers(void) {
    for (unsigned i = 0; i < FATAL_COUNT; i++) signal(fatal_signals[i], SIG_DFL);
    crash_guard_installed = 0;
}

static void on_fatal(int sig, siginfo_t *info, void *context) {
    (void)context;
    /* First the default actions, so that a second fault inside endwin ends the process.
     * Not the Swift backtracer: on a terminal it offers an interactive debugger ("Press space
     * to interact") for 20 s, on a kiosk screen, over memory that holds a person's data.
     * endwin is not async-signal-safe; the process is dying anyway. */
    fall_back_to_default_fatal_handlers();
    restore_terminal();
    if (info == NULL || info->si_code <= 0) {
        raise(sig);   /* sent by kill(), raise() or abort(): send it again, delivered on return */
    }
    /* A hardware fault: returning re-executes the instruction, which faults again
     * and reaches the previous handler with its original context. */
}

static void on_exit_restore(void) { restore_terminal(); }

void termguard_install_crash_guard(void) {
    if (!exit_hook_registered) {
        atexit(on_exit_restore);
        exit_hook_registered = 1;
    }
    if (crash_guard_installed) return;
    for (unsigned i = 0; i < FATAL_COUNT; i++) {
        struct sigaction sa;
        memset(&sa, 0, sizeof sa);
        sa.sa_sigaction = on_fatal;
        sa.sa_flags = SA_SIGINFO;
        sigemptyset(&sa.sa_mask);
        sigaction(fatal_signals[i], &sa, &previous_fatal[i]);
    }
    crash_guard_installed = 1;
}

void termguard_remove_crash_guard(void) {
    if (crash_guard_installed) put_back_fatal_handlers();
}

/* ---- termination requests ---- */

static const int termination_signals[] = { SIGINT, SIGTERM, SIGHUP, SIGQUIT };
#define TERMINATION_COUNT (sizeof termination_signals / sizeof termination_signals[0])
static struct sigaction previous_termination[TERMINATION_COUNT];
static int termination_installed = 0;
static atomic_uint pending_signals = 0;

static void on_termination(int sig) {
    atomic_fetch_or(&pending_signals, 1u << sig);
}

int termguard_install_termination_handlers(void) {
    if (termination_installed) return 0;
    atomic_store(&pending_signals, 0u);   /* what arrived before this session is not its business */
    for (unsigned i = 0; i < TERMINATION_COUNT; i++) {
        struct sigaction sa;
        memset(&sa, 0, sizeof sa);
        sa.sa_handler = on_termination;
        sa.sa_flags = 0;   /* no SA_RESTART: wget_wch returns ERR at once */
        sigemptyset(&sa.sa_mask);
        if (sigaction(termination_signals[i], &sa, &previous_termination[i]) != 0) return -1;
    }
    termination_installed = 1;
    return 0;
}

void termguard_remove_termination_handlers(void) {
    if (!termination_installed) return;
    for (unsigned i = 0; i < TERMINATION_COUNT; i++) {
        sigaction(termination_signals[i], &previous_termination[i], NULL);
    }
    termination_installed = 0;
}

unsigned termguard_take_signals(void) { return atomic_exchange(&pending_signals, 0u); }

/* ---- kiosk ---- */

static struct sigaction previous_tstp, previous_quit;
static int job_control_ignored = 0;

void termguard_ignore_job_control(void) {
    if (job_control_ignored) return;
    struct sigaction ignore;
    memset(&ignore, 0, sizeof ignore);
    ignore.sa_handler = SIG_IGN;
    sigemptyset(&ignore.sa_mask);
    sigaction(SIGTSTP, &ignore, &previous_tstp);
    sigaction(SIGQUIT, &ignore, &previous_quit);
    job_control_ignored = 1;
}

void termguard_restore_job_control(void) {
    if (!job_control_ignored) return;
    sigaction(SIGTSTP, &previous_tstp, NULL);
    sigaction(SIGQUIT, &previous_quit, NULL);
    job_control_ignored = 0;
}

int termguard_set_line_keys(int fd, int signal_keys_are_input, int flow_control_off) {
    struct termios modes;
    if (tcgetattr(fd, &modes) != 0) return -1;
    if (signal_keys_are_input) modes.c_lflag &= ~(tcflag_t)(ISIG | IEXTEN);
    if (flow_control_off) modes.c_iflag &= ~(tcflag_t)(IXON | IXOFF);
    return tcsetattr(fd, TCSANOW, &modes);
}
