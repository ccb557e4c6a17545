import CProcessKit
import Synchronization

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#endif

/// A program run to its end: the one way nss-kiosk and its tests start another program and wait
/// for it (lp, the sendmail command, the PDF helper, tmux, pdftotext, mutt…).
///
/// Its input is given at once; standard output and standard error are read together (a child that
/// fills one pipe while the other is being read would otherwise wait forever); and it has a
/// deadline, after which its process group gets SIGTERM, then SIGKILL `gracePeriod` later, and the
/// run fails with `ProgramFailure.Reason.timedOut`. It runs in a process group of its own, so that
/// what it starts ends with it and Ctrl-C at this terminal never reaches it.
public struct ProgramRun: Sendable {
    public var executable: String
    public var arguments: [String]
    /// Exactly the child's environment; nil: this process's.
    public var environment: [String: String]?
    /// Its standard input; nil: /dev/null.
    public var input: [UInt8]?
    /// How long it may take.
    public var deadline: Duration
    /// How long a program that was asked to end (SIGTERM) has before it is killed.
    public var gracePeriod: Duration = .seconds(2)

    public init(_ executable: String, _ arguments: [String] = [], environment: [String: String]? = nil,
                input: [UInt8]? = nil, deadline: Duration = .seconds(30)) {
        self.executable = executable
        self.arguments = arguments
        self.environment = environment
        self.input = input
        self.deadline = deadline
    }

    /// Runs the program, suspending the calling task; the waiting happens on a thread of its own.
    /// Cancelling the task ends the program (`.cancelled`).
    public func run() async throws(ProgramFailure) -> ProgramOutcome {
        let canceller = Canceller()
        let result = await withTaskCancellationHandler {
            await DedicatedThread.run { self.execute(cancelDescriptor: canceller.descriptor) }
        } onCancel: {
            canceller.cancel()
        }
        canceller.close()
        return try result.get()
    }

    /// The program's name, as messages say it.
    var name: String {
        executable.split(separator: "/").last.map(String.init) ?? executable
    }
}

/// How a program that ran to its end ended, and what it wrote.
public struct ProgramOutcome: Sendable, Equatable {
    public let termination: ChildProcess.Termination
    public let output: [UInt8]
    public let errors: [UInt8]

    /// The exit status, or 128 + the signal that ended it (as a shell says it).
    public var status: Int32 {
        switch termination {
        case .exited(let status): status
        case .signalled(let signal): 128 + signal
        }
    }

    public var succeeded: Bool { termination == .exited(0) }
    public var outputText: String { String(decoding: output, as: UTF8.self) }
    public var errorText: String { String(decoding: errors, as: UTF8.self) }
}

/// Why a program did not run to its end; the description is a Spanish sentence for staff.
public struct ProgramFailure: Error, Sendable, Equatable, CustomStringConvertible {
    public enum Reason: Sendable, Equatable {
        /// It could not be started (the errno value).
        case couldNotStart(Int32)
        /// It did not end within its deadline, and was ended.
        case timedOut(Duration)
        /// The task waiting for it was cancelled, and it was ended.
        case cancelled
    }

    public let program: String
    public let reason: Reason
    /// What it had written before it was ended.
    public let output: [UInt8]
    public let errors: [UInt8]

    public var description: String {
        switch reason {
        case .couldNotStart(let code): "no se pudo iniciar \(program): \(String(cString: strerror(code)))"
        case .timedOut(let deadline): "\(program) no terminó en \(Self.seconds(deadline)) s y se detuvo"
        case .cancelled: "\(program) se detuvo porque ya no se esperaba su resultado"
        }
    }

    private static func seconds(_ duration: Duration) -> String {
        let (seconds, attoseconds) = duration.components
        return attoseconds == 0 ? "\(seconds)" : "\(Double(seconds) + Double(attoseconds) / 1e18)"
    }
}

// MARK: - Running

extension ProgramRun {
    /// Starts the program and looks after it until it ends, is ended, or `cancelDescriptor` becomes
    /// readable. Blocks (poll, waitpid): `run` calls it on a `DedicatedThread`, never in a task.
    func execute(cancelDescriptor: Int32) -> Result<ProgramOutcome, ProgramFailure> {
        // A child that exits before reading all its input must give EPIPE here, not end this process.
        SignalMask.withSIGPIPEBlocked { supervise(cancelDescriptor: cancelDescriptor) }
    }

    private func supervise(cancelDescriptor: Int32) -> Result<ProgramOutcome, ProgramFailure> {
        let failure = { (reason: ProgramFailure.Reason, output: [UInt8], errors: [UInt8]) in
            ProgramFailure(program: name, reason: reason, output: output, errors: errors)
        }
        guard let output = ChildProcess.pipeClosedOnExec() else { return .failure(failure(.couldNotStart(errno), [], [])) }
        guard let errors = ChildProcess.pipeClosedOnExec() else {
            [output.read, output.write].forEach { _ = close($0) }
            return .failure(failure(.couldNotStart(errno), [], []))
        }
        let inputPipe = input == nil ? nil : ChildProcess.pipeClosedOnExec()
        if input != nil && inputPipe == nil {
            [output.read, output.write, errors.read, errors.write].forEach { _ = close($0) }
            return .failure(failure(.couldNotStart(EMFILE), [], []))
        }
        let pid: pid_t
        do {
            pid = try ChildProcess.spawn(executable, arguments: arguments, environment: environment,
                                         stdin: inputPipe.map { .descriptor($0.read) } ?? .discard,
                                         stdout: .descriptor(output.write), stderr: .descriptor(errors.write),
                                         ownProcessGroup: true)
        } catch {
            [output.read, output.write, errors.read, errors.write].forEach { _ = close($0) }
            if let inputPipe { [inputPipe.read, inputPipe.write].forEach { _ = close($0) } }
            return .failure(failure(.couldNotStart(error.code), [], []))
        }
        [output.write, errors.write].forEach { _ = close($0) }
        if let inputPipe { close(inputPipe.read) }

        var watch = ChildWatch(pid: pid, output: output.read, errors: errors.read, input: inputPipe?.write,
                               pending: input ?? [], cancel: cancelDescriptor)
        let ending = watch.follow(until: ContinuousClock.now + deadline)
        let termination: ChildProcess.Termination
        switch ending {
        case .exited(let how):
            termination = how
        case .deadline, .cancelled:
            watch.end(gracePeriod: gracePeriod)
            watch.closeAll()
            let reason: ProgramFailure.Reason = ending == .cancelled ? .cancelled : .timedOut(deadline)
            return .failure(failure(reason, watch.output, watch.errors))
        }
        watch.closeAll()
        return .success(ProgramOutcome(termination: termination, output: watch.output, errors: watch.errors))
    }
}

/// One child under watch: its pipes drained as they fill, its input fed as it reads, its end seen
/// through a pidfd in the same `poll`.
private struct ChildWatch {
    let pid: pid_t
    var outputFD: Int32?
    var errorsFD: Int32?
    var inputFD: Int32?
    var pending: [UInt8]
    var written = 0
    let cancel: Int32
    var pidFD: Int32
    var output: [UInt8] = []
    var errors: [UInt8] = []

    /// After the child has ended, how long its pipes may stay open (held by something it left
    /// running) before they are let go.
    static let drainAfterExit: Duration = .milliseconds(250)

    enum Ending: Equatable {
        case exited(ChildProcess.Termination)
        case deadline
        case cancelled
    }

    init(pid: pid_t, output: Int32, errors: Int32, input: Int32?, pending: [UInt8], cancel: Int32) {
        self.pid = pid
        self.outputFD = output
        self.errorsFD = errors
        self.inputFD = input
        self.pending = pending
        self.cancel = cancel
        self.pidFD = processkit_pidfd_open(pid)
        for fd in [output, errors] + (input.map { [$0] } ?? []) {
            _ = fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) | O_NONBLOCK)
        }
        if pending.isEmpty, let fd = inputFD {
            close(fd)
            inputFD = nil
        }
    }

    /// Reads, writes and waits until the child has ended and its pipes are closed (or held open too
    /// long after it ended), the deadline passes, or the run is cancelled.
    mutating func follow(until deadline: ContinuousClock.Instant) -> Ending {
        var ended: ChildProcess.Termination?
        var letGoAt: ContinuousClock.Instant?
        while true {
            if let ended, outputFD == nil, errorsFD == nil { return .exited(ended) }
            let now = ContinuousClock.now
            if let ended, let letGoAt, now >= letGoAt { return .exited(ended) }
            if ended == nil, now >= deadline { return .deadline }
            var limit = (letGoAt ?? deadline) - now
            // Without a pidfd (an old kernel) the end is looked for every 10 ms.
            if ended == nil && pidFD < 0 { limit = min(limit, .milliseconds(10)) }

            var descriptors: [pollfd] = []
            for fd in [outputFD, errorsFD].compactMap({ $0 }) { descriptors.append(pollfd(fd: fd, events: Int16(POLLIN), revents: 0)) }
            if let fd = inputFD { descriptors.append(pollfd(fd: fd, events: Int16(POLLOUT), revents: 0)) }
            if ended == nil && pidFD >= 0 { descriptors.append(pollfd(fd: pidFD, events: Int16(POLLIN), revents: 0)) }
            if cancel >= 0 { descriptors.append(pollfd(fd: cancel, events: Int16(POLLIN), revents: 0)) }
            let ready = poll(&descriptors, nfds_t(descriptors.count), Self.milliseconds(limit))
            if ready < 0 && errno != EINTR { return ended.map { .exited($0) } ?? .deadline }

            for descriptor in descriptors where descriptor.revents != 0 {
                switch descriptor.fd {
                case outputFD: drain(&outputFD, into: &output)
                case errorsFD: drain(&errorsFD, into: &errors)
                case inputFD: feed()
                case cancel: return ended.map { .exited($0) } ?? .cancelled
                default: break
                }
            }
            if ended == nil, let how = reap() {
                ended = how
                letGoAt = ContinuousClock.now + Self.drainAfterExit
                if pidFD >= 0 { close(pidFD); pidFD = -1 }
                if let fd = inputFD { close(fd); inputFD = nil }
            }
        }
    }

    /// Asks the child's process group to end, then kills the group after `gracePeriod` (or as soon
    /// as the child has ended: whatever it left behind in its group); reaps the child.
    ///
    /// The group is killed while the child is not yet reaped: until then its number cannot be given to
    /// another process, so the signal cannot reach an unrelated group that happens to get it.
    mutating func end(gracePeriod: Duration) {
        kill(-pid, SIGTERM)
        let killAt = ContinuousClock.now + gracePeriod
        if pidFD >= 0 {
            // Readable once the child has ended; it stays unreaped until waitpid below.
            var descriptor = pollfd(fd: pidFD, events: Int16(POLLIN), revents: 0)
            while ContinuousClock.now < killAt, poll(&descriptor, 1, Self.milliseconds(killAt - ContinuousClock.now)) < 0 {}
        } else {
            // No pidfd (an old kernel): look every 10 ms; a child found ended is reaped, and its group is
            // then left alone.
            while ContinuousClock.now < killAt {
                if reap() != nil { return }
                usleep(10_000)
            }
        }
        kill(-pid, SIGKILL)
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
    }

    mutating func closeAll() {
        for fd in [outputFD, errorsFD, inputFD].compactMap({ $0 }) { close(fd) }
        outputFD = nil; errorsFD = nil; inputFD = nil
        if pidFD >= 0 { close(pidFD); pidFD = -1 }
    }

    /// How the child ended, if it has (reaped, without waiting).
    private func reap() -> ChildProcess.Termination? {
        var status: Int32 = 0
        var reaped = waitpid(pid, &status, WNOHANG)
        while reaped < 0 && errno == EINTR { reaped = waitpid(pid, &status, WNOHANG) }
        guard reaped == pid else { return reaped < 0 ? .exited(-1) : nil }
        return ChildProcess.Termination(waitStatus: status)
    }

    /// Reads what `fd` holds now; closes it at end of file.
    private func drain(_ fd: inout Int32?, into bytes: inout [UInt8]) {
        guard let descriptor = fd else { return }
        var buffer = [UInt8](repeating: 0, count: 64 * 1024)
        while true {
            let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            if count > 0 { bytes.append(contentsOf: buffer[..<count]); continue }
            if count < 0 && errno == EINTR { continue }
            if count < 0 && (errno == EAGAIN || errno == EWOULDBLOCK) { return }
            close(descriptor)
            fd = nil
            return
        }
    }

    /// Writes as much of the input as the pipe takes; closes it when all is written or the child
    /// no longer reads.
    private mutating func feed() {
        guard let fd = inputFD else { return }
        while written < pending.count {
            let count = pending.withUnsafeBytes { write(fd, $0.baseAddress! + written, $0.count - written) }
            if count > 0 { written += count; continue }
            if count < 0 && errno == EINTR { continue }
            if count < 0 && (errno == EAGAIN || errno == EWOULDBLOCK) { return }
            break   // EPIPE: it stopped reading
        }
        close(fd)
        inputFD = nil
    }

    private static func milliseconds(_ duration: Duration) -> Int32 {
        let (seconds, attoseconds) = duration.components
        guard seconds >= 0 else { return 0 }
        let total = seconds * 1000 + attoseconds / 1_000_000_000_000_000 + (attoseconds % 1_000_000_000_000_000 > 0 ? 1 : 0)
        return Int32(clamping: total)
    }
}

/// The read end of a pipe that a task's cancellation handler writes to, so that the thread watching
/// a child wakes from `poll`.
private final class Canceller: Sendable {
    private let pipe = Mutex<(read: Int32, write: Int32)?>(ChildProcess.pipeClosedOnExec())

    var descriptor: Int32 { pipe.withLock { $0?.read ?? -1 } }

    func cancel() {
        pipe.withLock { ends in
            guard let ends else { return }
            var byte: UInt8 = 1
            _ = write(ends.write, &byte, 1)
        }
    }

    func close() {
        pipe.withLock { ends in
            if let ends { _ = Glibc.close(ends.read); _ = Glibc.close(ends.write) }
            ends = nil
        }
    }
}

/// SIGPIPE held back on this thread while `body` runs: a write to a pipe whose reader is gone then
/// fails with EPIPE instead of ending the process; one raised meanwhile is taken, not delivered.
enum SignalMask {
    static func withSIGPIPEBlocked<Value>(_ body: () -> Value) -> Value {
        var pipeOnly = sigset_t()
        sigemptyset(&pipeOnly)
        sigaddset(&pipeOnly, SIGPIPE)
        var previous = sigset_t()
        pthread_sigmask(SIG_BLOCK, &pipeOnly, &previous)
        defer {
            if sigismember(&previous, SIGPIPE) == 0 {
                var pending = sigset_t()
                sigpending(&pending)
                if sigismember(&pending, SIGPIPE) == 1 {
                    var none = timespec(tv_sec: 0, tv_nsec: 0)
                    _ = sigtimedwait(&pipeOnly, nil, &none)
                }
            }
            pthread_sigmask(SIG_SETMASK, &previous, nil)
        }
        return body()
    }
}
