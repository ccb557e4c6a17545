import Dispatch
import FoundationEssentials
import KioskSettings
import NSSCore
import ProcessKit
import Synchronization

#if canImport(Glibc)
import Glibc
#endif

/// The backend as seen from the wizard's terminal process: a child process (`nss-kiosk-backend serve`)
/// that owns the database, the outbox and the seal, spoken to over two pipes.
///
/// Why a second process: the terminal process stays small and starts fast (it paints the first screen
/// before the service has even started), and a person at the keyboard of a kiosk is never in a
/// process that holds the registry or the seal's private key. The service runs in its own process
/// group, so Ctrl-C or a hang-up at the terminal never reaches it; when the terminal process ends,
/// for whatever reason, the service reads end-of-file, finishes what is under way (the result email
/// included) and exits. If the service dies, calls under way fail with `.unreachable` and the next
/// call starts a new one.
public final class ServiceClient: BackendTransport, Sendable {
    /// The program to run and its arguments.
    public struct Launch: Sendable {
        public var executable: URL
        public var arguments: [String]

        public init(executable: URL, arguments: [String]) {
            self.executable = executable
            self.arguments = arguments
        }

        /// `nss-kiosk-backend serve ARGUMENTS` from the folder of the running program.
        public static func besideThisProgram(arguments: [String]) -> Launch {
            Launch(executable: InstalledProgram.besideThisProgram(programName), arguments: ["serve"] + arguments)
        }

        public static let programName = "nss-kiosk-backend"
    }

    /// Why the service could not start, in Spanish for staff.
    public struct StartFailure: Error, CustomStringConvertible, Equatable {
        public let message: String
        /// The service refused its settings (the configuration file, the environment, the options).
        public var isBadSetting = false
        public var description: String { message }

        public init(message: String, isBadSetting: Bool = false) {
            self.message = message
            self.isBadSetting = isBadSetting
        }
    }

    /// One running service.
    private struct Connection: Sendable {
        let generation: Int
        let pid: pid_t
        let writer: LineWriter
        let inputFD: Int32
    }

    /// A call awaiting its answer (its output's JSON, or its refusal), and the timer that gives up on it.
    private struct Pending {
        let continuation: CheckedContinuation<Result<Data, BackendError>, Never>
        let deadline: Task<Void, Never>

        func resume(returning answer: Result<Data, BackendError>) {
            deadline.cancel()
            continuation.resume(returning: answer)
        }
    }

    /// Everything that changes, behind one lock.
    private struct State: ~Copyable {
        var connection: Connection?
        /// Whether the running service's input is still open.
        var inputOpen = false
        var generation = 0
        var nextID: UInt64 = 1
        var pending: [UInt64: Pending] = [:]
        var exitWaiters: [DispatchSemaphore] = []
        /// What the first service said the settings are (file and environment, and its options).
        var settings: KioskSettings?
        /// The languages the first service read, besides Spanish.
        var catalogues: [Catalogue] = []

        /// The newest service whose output ended, about to be reaped (or reaped): its number may belong to
        /// another process by now, so it is never signalled.
        var endedGeneration = 0

        /// Signals the group of `connection` if its service has not been reaped. Called under the lock
        /// that the reaper takes before reaping, so a number reused after the reap is never hit.
        func signalGroup(of connection: Connection, _ signal: Int32) {
            guard connection.generation > endedGeneration else { return }
            kill(-connection.pid, signal)
        }

        /// Closes the running service's input, once: it then finishes and exits.
        mutating func closeInput() {
            if inputOpen, let connection { close(connection.inputFD) }
            inputOpen = false
        }
    }

    public let launch: Launch
    /// How long the service may take to say it is ready.
    public let startTimeoutMilliseconds: Int32
    /// How long one call may take. Past it the call fails as `.unreachable` (the person is told that
    /// nothing was lost and may try again) and the service, which stopped answering, is ended: the
    /// next call starts a new one. Every call is safe to repeat (Paso 2 gives the same NSS again).
    public let callTimeout: Duration
    /// How long `stop` waits for the service to finish what is under way before ending it.
    public let stopTimeout: Duration
    private let state = Mutex(State())

    public init(launch: Launch, startTimeoutMilliseconds: Int32 = 30_000, callTimeout: Duration = .seconds(15),
                stopTimeout: Duration = .seconds(2)) {
        self.launch = launch
        self.startTimeoutMilliseconds = startTimeoutMilliseconds
        self.callTimeout = callTimeout
        self.stopTimeout = stopTimeout
    }

    deinit {
        state.withLock { $0.closeInput() }
    }

    /// The languages the service read and checked besides Spanish (none before it started).
    public var catalogues: [Catalogue] {
        state.withLock { $0.catalogues }
    }

    /// The running service's process id (its process group too), if one is running.
    public var processID: pid_t? {
        state.withLock { $0.connection?.pid }
    }

    /// Starts the service and waits until it says it is ready (it opens the data directory first),
    /// blocking this thread: for the wizard's main thread. Does nothing when it is already running.
    /// Returns the settings the first service resolved (the configuration file and the environment).
    @discardableResult
    public func start() throws(StartFailure) -> KioskSettings {
        try startBlocking()
        return state.withLock { $0.settings } ?? KioskSettings()
    }

    /// The same from a task: the wait happens on a thread of its own, never on one of Swift's few
    /// cooperative threads (blocking those stalls every other task, the wizard's clock included).
    public func start() async throws(StartFailure) {
        try await DedicatedThread.run { Result { () throws(StartFailure) in try self.startBlocking() } }.get()
    }

    private func startBlocking() throws(StartFailure) {
        try state.withLock { (state: inout State) throws(StartFailure) in
            guard state.connection == nil else { return }
            // A write to a service that just died must fail with EPIPE, not end the terminal process.
            signal(SIGPIPE, SIG_IGN)
            let (pid, input, output, settings, catalogues, leftover) = try spawn()
            if state.settings == nil {
                state.settings = settings
                state.catalogues = catalogues
            }
            let readFD = output
            state.generation += 1
            let connection = Connection(generation: state.generation, pid: pid, writer: LineWriter(fd: input), inputFD: input)
            state.connection = connection
            state.inputOpen = true
            LineReader.start(fd: readFD, name: "nss-kiosk.service-output", pending: leftover, body: { [weak self] line in
                guard let reply = ServiceLine.parseReply(line) else { return }
                self?.deliver(reply)
            }, end: { [weak self] in
                close(readFD)
                self?.state.withLock { $0.endedGeneration = max($0.endedGeneration, connection.generation) }
                ChildProcess.wait(pid)
                self?.ended(connection)
            })
        }
    }

    /// Closes the service's input and waits until it has finished what was under way (the last
    /// person's result email included) and exited, blocking this thread: for the main thread. A
    /// service that has not exited within `stopTimeout` is ended (SIGTERM to its group, then SIGKILL
    /// a second later), so leaving the wizard never waits on a service that stopped answering.
    public func stop() {
        stopBlocking()
    }

    /// The same from a task, without holding a cooperative thread while the service finishes.
    public func stop() async {
        await DedicatedThread.run { self.stopBlocking() }
    }

    private func stopBlocking() {
        let exited = DispatchSemaphore(value: 0)
        let running = state.withLock { state -> Connection? in
            state.closeInput()
            guard let connection = state.connection else { return nil }
            state.exitWaiters.append(exited)
            return connection
        }
        guard let connection = running else { return }
        if exited.wait(timeout: .now() + Self.dispatchInterval(stopTimeout)) == .success { return }
        state.withLock { $0.signalGroup(of: connection, SIGTERM) }
        if exited.wait(timeout: .now() + .seconds(1)) == .success { return }
        state.withLock { $0.signalGroup(of: connection, SIGKILL) }
        _ = exited.wait(timeout: .now() + .seconds(2))
    }

    private static func dispatchInterval(_ duration: Duration) -> DispatchTimeInterval {
        let (seconds, attoseconds) = duration.components
        return .milliseconds(Int(seconds) * 1000 + Int(attoseconds / 1_000_000_000_000_000))
    }

    // MARK: - Calls

    /// Carries `call` to the service and brings back its output; starts the service first if it is not
    /// running.
    public func call<Call: BackendCall>(_ call: Call.Type, _ input: Call.Input) async throws -> Call.Output {
        let json: Data
        do { json = try BackendWire.encode(input) } catch { throw BackendError.internalError(reference: "llamada") }
        // A call that may wait (the waiting screen's, held by an office server until the link is opened)
        // has that long more.
        let timeout = callTimeout + (Call.waits ? CallWaiting.longest : .zero)
        let output = try await send(Call.name, json, timeout: timeout).get()
        return try BackendWire.decode(Call.Output.self, from: output)
    }

    private func send(_ name: String, _ input: Data, timeout: Duration) async -> Result<Data, BackendError> {
        if processID == nil {
            do { try await start() } catch { return .failure(.unreachable) }
        }
        return await withCheckedContinuation { continuation in
            let sent: (id: UInt64, writer: LineWriter)? = state.withLock { state in
                guard let connection = state.connection, state.inputOpen else { return nil }
                let id = state.nextID
                state.nextID += 1
                let deadline = Task { [weak self] in
                    guard (try? await Task.sleep(for: timeout)) != nil else { return }
                    self?.giveUp(on: id, of: connection)
                }
                state.pending[id] = Pending(continuation: continuation, deadline: deadline)
                return (id, connection.writer)
            }
            guard let sent else { return continuation.resume(returning: .failure(.unreachable)) }
            if !sent.writer.write(ServiceLine.call(id: sent.id, name: name, input: input)) {
                state.withLock { $0.pending.removeValue(forKey: sent.id) }?.resume(returning: .failure(.unreachable))
            }
        }
    }

    private func deliver(_ reply: ServiceLine.Reply) {
        state.withLock { $0.pending.removeValue(forKey: reply.id) }?.resume(returning: reply.outcome)
    }

    /// Call `id` got no answer in time: it fails, and the service that stopped answering is ended
    /// (its output then ends, and the next call starts a new one).
    private func giveUp(on id: UInt64, of connection: Connection) {
        let waiting = state.withLock { state -> Pending? in
            guard let waiting = state.pending.removeValue(forKey: id) else { return nil }
            state.signalGroup(of: connection, SIGKILL)
            return waiting
        }
        waiting?.resume(returning: .failure(.unreachable))
    }

    /// The service's output ended: it exited or died (and has been reaped). Calls under way fail; the
    /// next call starts a new one.
    private func ended(_ ended: Connection) {
        let (failed, waiters) = state.withLock { state -> ([Pending], [DispatchSemaphore]) in
            guard state.connection?.generation == ended.generation else { return ([], []) }
            state.closeInput()
            state.connection = nil
            let failed = Array(state.pending.values)
            state.pending.removeAll()
            let waiters = state.exitWaiters
            state.exitWaiters.removeAll()
            return (failed, waiters)
        }
        failed.forEach { $0.resume(returning: .failure(.unreachable)) }
        waiters.forEach { $0.signal() }
    }

    // MARK: - Process

    /// Starts the service in a process group of its own (see `ChildProcess.spawn`) with standard error
    /// discarded (the terminal belongs to the person; the service logs to its file), and waits for its
    /// greeting. Returns its pid, the write end of its input, the read end of its output, what the greeting
    /// brought, and any bytes read past it.
    private func spawn() throws(StartFailure) -> (pid_t, Int32, Int32, KioskSettings, [Catalogue], Data) {
        let name = Launch.programName
        guard FileManager.default.isExecutableFile(atPath: launch.executable.path) else {
            throw StartFailure(message: "Falta el programa \(name) en \(launch.executable.deletingLastPathComponent().path).")
        }
        guard let toService = ChildProcess.pipeClosedOnExec() else {
            throw StartFailure(message: "No se pudo comunicar con \(name).")
        }
        guard let fromService = ChildProcess.pipeClosedOnExec() else {
            close(toService.read); close(toService.write)
            throw StartFailure(message: "No se pudo comunicar con \(name).")
        }
        let pid: pid_t
        do {
            pid = try ChildProcess.spawn(launch.executable.path, arguments: launch.arguments,
                                         stdin: .descriptor(toService.read), stdout: .descriptor(fromService.write),
                                         stderr: .discard, ownProcessGroup: true)
        } catch {
            [toService.read, toService.write, fromService.read, fromService.write].forEach { _ = close($0) }
            throw StartFailure(message: "No se pudo iniciar \(name): \(error).")
        }
        close(toService.read)
        close(fromService.write)
        func abandon(_ message: String, isBadSetting: Bool = false) -> StartFailure {
            close(toService.write)
            close(fromService.read)
            kill(pid, SIGKILL)
            ChildProcess.wait(pid)
            return StartFailure(message: message, isBadSetting: isBadSetting)
        }
        let (greeting, leftover) = readGreeting(fd: fromService.read)
        switch greeting {
        case .ready(let version, let settings, let catalogues) where version == ServiceGreeting.protocolVersion:
            return (pid, toService.write, fromService.read, settings ?? KioskSettings(), catalogues ?? [], leftover)
        case .ready:
            throw abandon("\(name) es de otra versión que nss-kiosk; instala los dos juntos.")
        case .failed(let message, let isBadSetting):
            throw abandon(message, isBadSetting: isBadSetting ?? false)
        case nil:
            throw abandon("\(name) no respondió al iniciar; revisa el registro de eventos en la carpeta de datos.")
        }
    }

    /// The service's first line, or nil when it ends or stays silent past the timeout; and what was read
    /// after it (nothing, as the service answers only calls, but kept for the reader if there is).
    private func readGreeting(fd: Int32) -> (ServiceGreeting?, Data) {
        var line = Data()
        var chunk = [UInt8](repeating: 0, count: 64 * 1024)
        let deadline = ContinuousClock.now + .milliseconds(Int(startTimeoutMilliseconds))
        while true {
            let left = deadline - ContinuousClock.now
            guard left > .zero else { return (nil, Data()) }
            var poller = pollfd(fd: fd, events: Int16(POLLIN), revents: 0)
            let ready = poll(&poller, 1, Int32(left / .milliseconds(1)) + 1)
            if ready < 0 && errno == EINTR { continue }
            guard ready > 0 else { return (nil, Data()) }
            // In chunks: the greeting carries the catalogues (tens of kilobytes).
            let count = read(fd, &chunk, chunk.count)
            if count < 0 && errno == EINTR { continue }
            guard count > 0 else { return (nil, Data()) }
            line.append(contentsOf: chunk[..<count])
            if let newline = line.firstIndex(of: UInt8(ascii: "\n")) {
                return (ServiceLine.decode(ServiceGreeting.self, from: Data(line[..<newline])),
                        Data(line[line.index(after: newline)...]))
            }
        }
    }
}
