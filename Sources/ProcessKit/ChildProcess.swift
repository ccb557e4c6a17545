import CProcessKit

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#endif

/// Starting other programs with posix_spawn, without Foundation's `Process`: the wizard's program
/// links only FoundationEssentials, which keeps it small and quick to start.
public enum ChildProcess {
    /// What a child's standard stream is connected to.
    public enum Stream: Sendable {
        /// The same as this process's.
        case inherit
        /// /dev/null.
        case discard
        /// This file descriptor (the child gets a copy).
        case descriptor(Int32)
    }

    /// Why a program could not be started.
    public struct SpawnError: Error, Equatable, CustomStringConvertible {
        /// The errno value posix_spawn returned.
        public let code: Int32
        public var description: String { String(cString: strerror(code)) }
    }

    /// Starts `executable` and returns its process id.
    ///
    /// - `ownProcessGroup`: the child leads a new process group, so that Ctrl-C, Ctrl-Z or a hang-up at
    ///   this terminal never reach it.
    /// - The child starts with no signals blocked and the default action for the job-control and
    ///   termination signals, whatever this process (a kiosk ignores SIGINT) has set.
    public static func spawn(_ executable: String, arguments: [String], environment: [String: String]? = nil,
                             stdin: Stream = .inherit, stdout: Stream = .inherit, stderr: Stream = .inherit,
                             ownProcessGroup: Bool = false) throws(SpawnError) -> pid_t {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        for (stream, target) in [(stdin, STDIN_FILENO), (stdout, STDOUT_FILENO), (stderr, STDERR_FILENO)] {
            switch stream {
            case .inherit: break
            case .discard: posix_spawn_file_actions_addopen(&actions, target, "/dev/null", target == STDIN_FILENO ? O_RDONLY : O_WRONLY, 0)
            case .descriptor(let fd): posix_spawn_file_actions_adddup2(&actions, fd, target)
            }
        }
        processkit_close_from(&actions, 3)
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var defaults = sigset_t()
        sigemptyset(&defaults)
        for signal in [SIGINT, SIGQUIT, SIGTERM, SIGHUP, SIGPIPE, SIGTSTP, SIGTTIN, SIGTTOU, SIGCHLD] {
            sigaddset(&defaults, signal)
        }
        var unblocked = sigset_t()
        sigemptyset(&unblocked)
        posix_spawnattr_setsigdefault(&attributes, &defaults)
        posix_spawnattr_setsigmask(&attributes, &unblocked)
        var flags = POSIX_SPAWN_SETSIGDEF | POSIX_SPAWN_SETSIGMASK
        if ownProcessGroup {
            posix_spawnattr_setpgroup(&attributes, 0)
            flags |= POSIX_SPAWN_SETPGROUP
        }
        posix_spawnattr_setflags(&attributes, Int16(flags))

        let argv = ([executable] + arguments).map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        let envp: [UnsafeMutablePointer<CChar>?]? = environment.map { $0.map { strdup("\($0.key)=\($0.value)") } + [nil] }
        defer { envp?.forEach { free($0) } }
        var pid: pid_t = 0
        var result: Int32 = 0
        // ETXTBSY: the program is open for writing somewhere — being installed or replaced, or (a program
        // that writes a script and runs it) its descriptor inherited by a child another thread is
        // starting at that moment. It passes within milliseconds: try again a few times before failing.
        for attempt in 0..<Self.busyRetries {
            result = envp.map { envp in
                envp.withUnsafeBufferPointer { posix_spawn(&pid, executable, &actions, &attributes, argv, $0.baseAddress) }
            } ?? posix_spawn(&pid, executable, &actions, &attributes, argv, environ)
            guard result == ETXTBSY, attempt + 1 < Self.busyRetries else { break }
            usleep(useconds_t(5_000 << attempt))
        }
        guard result == 0 else { throw SpawnError(code: result) }
        return pid
    }

    /// How many times `spawn` tries a program that is busy being written (5, 10, 20, 40 ms apart).
    static let busyRetries = 5

    /// A pipe (read end, write end) whose ends the programs started later do not inherit; a child gets
    /// an end through `Stream.descriptor`, whose dup2 clears the flag. Nil when no pipe can be made.
    public static func pipeClosedOnExec() -> (read: Int32, write: Int32)? {
        var fds: [Int32] = [0, 0]
        guard pipe(&fds) == 0 else { return nil }
        for fd in fds { _ = fcntl(fd, F_SETFD, FD_CLOEXEC) }
        return (fds[0], fds[1])
    }

    /// How a child ended.
    public enum Termination: Equatable, Sendable {
        case exited(Int32)
        case signalled(Int32)
    }

    /// Waits for `pid` to end and says how (`.exited(-1)` if it cannot be waited for). Blocks: only on
    /// a thread of its own (see `DedicatedThread`), never in a task; a program run to its end is a
    /// `ProgramRun`, which has a deadline.
    public static func termination(of pid: pid_t) -> Termination {
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 {
            if errno != EINTR { return .exited(-1) }
        }
        return Termination(waitStatus: status)
    }

    /// Waits for `pid` to end (as `termination(of:)`): its exit status, or 128 + the signal that ended
    /// it (as a shell says).
    @discardableResult
    public static func wait(_ pid: pid_t) -> Int32 {
        switch termination(of: pid) {
        case .exited(let status): status
        case .signalled(let signal): 128 + signal
        }
    }
}

extension ChildProcess.Termination {
    /// From a status that `waitpid` filled in.
    init(waitStatus status: Int32) {
        let signal = status & 0x7F
        self = signal == 0 ? .exited((status >> 8) & 0xFF) : .signalled(signal)
    }
}
