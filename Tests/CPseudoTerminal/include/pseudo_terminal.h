#ifndef NSS_KIOSK_PSEUDO_TERMINAL_H
#define NSS_KIOSK_PSEUDO_TERMINAL_H

/* Pseudo-terminals for tests: the POSIX calls need feature macros the Swift Glibc
 * module does not set, and TIOCSWINSZ needs the variadic ioctl Swift cannot call. */

/* Opens a leader/follower pair of `rows` x `columns`. Returns 0 or -1. */
int pseudo_terminal_open(int *leader, int *follower, int rows, int columns);

/* Changes the size; the kernel sends SIGWINCH to the follower's foreground group. */
int pseudo_terminal_resize(int fd, int rows, int columns);

#endif
