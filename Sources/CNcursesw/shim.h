#ifndef NSS_KIOSK_CNCURSESW_SHIM_H
#define NSS_KIOSK_CNCURSESW_SHIM_H

/* Feature macros come before the first #include. They are what
 * `pkg-config --cflags ncursesw` prints, which SwiftPM drops:
 *  - _XOPEN_SOURCE >= 500 makes curses.h set NCURSES_WIDECHAR (get_wch, cchar_t,
 *    setcchar, win_wch) and makes glibc declare wcwidth();
 *  - _DEFAULT_SOURCE keeps the BSD/SVID parts that _XOPEN_SOURCE alone hides;
 *  - NCURSES_WIDECHAR=1 in case a libc resets the default. */
#define _DEFAULT_SOURCE 1
#define _XOPEN_SOURCE 600
#define NCURSES_WIDECHAR 1

#include <ncurses.h>
#include <wchar.h>
#include <locale.h>

/* Swift 6 rejects C globals as shared mutable state: read them through functions. */
static inline WINDOW *nc_stdscr(void) { return stdscr; }
static inline WINDOW *nc_curscr(void) { return curscr; }
static inline int nc_lines(void) { return LINES; }
static inline int nc_cols(void) { return COLS; }
static inline int nc_colors(void) { return COLORS; }
static inline int nc_color_pairs(void) { return COLOR_PAIRS; }

/* Function-like macros Swift cannot import. */
static inline void nc_getmaxyx(const WINDOW *w, int *y, int *x) { getmaxyx(w, *y, *x); }
static inline int nc_key_f(int n) { return KEY_F(n); }

/* Attribute bits (NCURSES_BITS(...) does not import). */
static inline attr_t nc_a_normal(void)    { return A_NORMAL; }
static inline attr_t nc_a_bold(void)      { return A_BOLD; }
static inline attr_t nc_a_reverse(void)   { return A_REVERSE; }
static inline attr_t nc_a_underline(void) { return A_UNDERLINE; }
static inline attr_t nc_a_dim(void)       { return A_DIM; }

/* A terminfo string capability is present when tigetstr gives neither NULL
 * nor the (char *)-1 that means "not a string capability". */
static inline int nc_has_string_capability(const char *name) {
    char *value = tigetstr(name);
    return value != NULL && value != (char *)-1;
}

/* A terminfo string capability's value, or NULL when the terminal has none. */
static inline const char *nc_string_capability(const char *name) {
    char *value = tigetstr(name);
    return (value == NULL || value == (char *)-1) ? NULL : value;
}

#endif
