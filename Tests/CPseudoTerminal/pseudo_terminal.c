#define _XOPEN_SOURCE 600
#define _DEFAULT_SOURCE 1

#include "pseudo_terminal.h"

#include <fcntl.h>
#include <stdlib.h>
#include <sys/ioctl.h>
#include <unistd.h>

int pseudo_terminal_resize(int fd, int rows, int columns) {
    struct winsize size = { .ws_row = (unsigned short)rows, .ws_col = (unsigned short)columns };
    return ioctl(fd, TIOCSWINSZ, &size);
}

int pseudo_terminal_open(int *leader, int *follower, int rows, int columns) {
    int l = posix_openpt(O_RDWR | O_NOCTTY);
    if (l < 0) return -1;
    const char *name = (grantpt(l) == 0 && unlockpt(l) == 0) ? ptsname(l) : NULL;
    int f = name ? open(name, O_RDWR | O_NOCTTY) : -1;
    if (f < 0 || pseudo_terminal_resize(l, rows, columns) != 0) {
        if (f >= 0) close(f);
        close(l);
        return -1;
    }
    *leader = l;
    *follower = f;
    return 0;
}
