import Foundation
import Glibc

/// Runs a program to its end with posix_spawn and waitpid, its output going to files.
///
/// Foundation's `Process` is not used here: with several tests starting programs at once, its
/// `waitUntilExit` was seen to wait forever for a tmux client that had already exited (never reaped).
/// The child starts with no signal blocked and every signal at its default: the test runner's threads
/// block signals, and a tmux server that inherited that mask would pass it on to the program under
/// test, which then could not be hung up or interrupted.
enum ChildProcess {
    /// Runs `executable arguments…` with `environment`, standard input from /dev/null, standard output
    /// and standard error into the given files; returns the exit status (128 + n for signal n).
    static func run(_ executable: URL, _ arguments: [String], environment: [String: String],
                    output: URL, errors: URL) throws -> Int32 {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, output.path, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_addopen(&actions, 2, errors.path, O_WRONLY | O_CREAT | O_TRUNC, 0o600)

        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var noSignals = sigset_t(), allSignals = sigset_t()
        sigemptyset(&noSignals)
        sigfillset(&allSignals)
        posix_spawnattr_setsigmask(&attributes, &noSignals)
        posix_spawnattr_setsigdefault(&attributes, &allSignals)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))

        let argv = ([executable.path] + arguments).map { strdup($0) } + [nil]
        let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer {
            argv.forEach { free($0) }
            envp.forEach { free($0) }
        }
        var pid = pid_t()
        let spawned = posix_spawn(&pid, executable.path, &actions, &attributes, argv, envp)
        guard spawned == 0 else { throw ChildProcessError.cannotStart(executable.path, errno: spawned) }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) == -1 {
            guard errno == EINTR else { throw ChildProcessError.cannotWait(executable.path, errno: errno) }
        }
        let signal = status & 0x7f
        return signal == 0 ? (status >> 8) & 0xff : 128 + signal
    }
}

enum ChildProcessError: Error, CustomStringConvertible {
    case cannotStart(String, errno: Int32)
    case cannotWait(String, errno: Int32)

    var description: String {
        switch self {
        case .cannotStart(let path, let code): "cannot start \(path): \(String(cString: strerror(code)))"
        case .cannotWait(let path, let code): "cannot wait for \(path): \(String(cString: strerror(code)))"
        }
    }
}
