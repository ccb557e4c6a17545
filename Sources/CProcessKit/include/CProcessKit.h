#ifndef CPROCESSKIT_H
#define CPROCESSKIT_H

#include <spawn.h>
#include <sys/types.h>

/// A descriptor that becomes readable when process `pid` ends (Linux 5.3+), so one poll can wait for
/// a child's output and its exit together; -1 where the kernel has no pidfd_open. (The system call is
/// variadic in C, which Swift cannot call.)
int processkit_pidfd_open(pid_t pid);

/// Adds to `actions` the closing of every descriptor from `lowest` up in the child, so that a child
/// inherits only its three standard streams — never a file another thread has open for writing
/// (a script being written would then fail to run with ETXTBSY for as long as the child lives),
/// nor a pipe whose reader would then never see its end. 0, or an errno value.
int processkit_close_from(posix_spawn_file_actions_t *actions, int lowest);

/// Caps the arenas glibc's malloc keeps (one per allocating thread otherwise, up to eight per core);
/// 1 when done, 0 where the C library has no such setting. (M_ARENA_MAX is in malloc.h, which Swift's
/// Glibc module does not import.)
int processkit_limit_malloc_arenas(int count);

#endif
