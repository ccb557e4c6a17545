import Foundation
import ProcessKit
import Synchronization

#if canImport(Glibc)
import Glibc
#endif

/// The built `nss-kiosk-server` running as a program of its own (in a process group of its own) on
/// loopback, for the tests that kill it, stop it or put the wizard in front of it. Everything it
/// prints goes to a file; `port` is read from its «escucha en» line.
public final class ServerProcess: Sendable {
    public let pid: Int32
    public let port: Int
    /// What it printed.
    public let output: URL
    private let ended = Mutex<Int32?>(nil)

    public static let binary = Tool.built("nss-kiosk-server")

    /// Starts it with `arguments` (its data, tokens, public address…) on 127.0.0.1:`port` (0: any free
    /// port) and waits until it listens.
    public static func start(_ arguments: [String], port: Int = 0, in directory: URL,
                             timeout: Duration = .seconds(90)) async throws -> ServerProcess {
        let output = directory.appendingPathComponent("servidor-\(UUID().uuidString.prefix(8)).txt")
        let fd = open(output.path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o600)
        guard fd >= 0, let path = binary.path else { throw ServerProcessError("cannot start \(binary.name)") }
        defer { close(fd) }
        let pid = try ChildProcess.spawn(path, arguments: arguments + ["--listen", "127.0.0.1:\(port)"],
                                         environment: TestEnvironment.variables, stdin: .discard, stdout: .descriptor(fd),
                                         stderr: .descriptor(fd), ownProcessGroup: true)
        let clock = ContinuousClock()
        let end = clock.now + timeout
        while clock.now < end {
            let text = (try? String(contentsOf: output, encoding: .utf8)) ?? ""
            if let range = text.range(of: "escucha en http://127.0.0.1:") {
                let digits = text[range.upperBound...].prefix { $0.isNumber }
                if let port = Int(digits) { return ServerProcess(pid: pid, port: port, output: output) }
            }
            var status: Int32 = 0
            if waitpid(pid, &status, WNOHANG) == pid {
                throw ServerProcessError("nss-kiosk-server ended before listening: \(text)")
            }
            try await Task.sleep(for: .milliseconds(50))
        }
        kill(-pid, SIGKILL)
        _ = await DedicatedThread.run { ChildProcess.wait(pid) }
        throw ServerProcessError("nss-kiosk-server did not listen within \(timeout)")
    }

    private init(pid: Int32, port: Int, output: URL) {
        self.pid = pid
        self.port = port
        self.output = output
    }

    public var base: String { "http://127.0.0.1:\(port)" }

    /// Sends `signal` to it (and its group), unless it has already ended.
    public func signal(_ signal: Int32) {
        ended.withLock { status in
            if status == nil { kill(-pid, signal) }
        }
    }

    /// Waits for it to end, at most `timeout` (then kills it): its exit status, or 128 + its signal.
    @discardableResult
    public func waitForExit(timeout: Duration = .seconds(60)) async -> Int32 {
        if let status = ended.withLock({ $0 }) { return status }
        let pid = pid
        let watchdog = Task {
            try? await Task.sleep(for: timeout)
            if !Task.isCancelled { kill(-pid, SIGKILL) }
        }
        let status = await DedicatedThread.run { ChildProcess.wait(pid) }
        watchdog.cancel()
        ended.withLock { $0 = status }
        return status
    }

    /// Kills it with SIGKILL, as a power cut or the out-of-memory killer would, and reaps it.
    public func killHard() async {
        signal(SIGKILL)
        await waitForExit()
    }

    /// What it printed so far.
    public var printed: String { (try? String(contentsOf: output, encoding: .utf8)) ?? "" }

    /// A server still running is killed and reaped on a thread of its own: a child left unreaped would
    /// stall Swift Testing's exit tests, which wait for any child of the test process.
    deinit {
        if ended.withLock({ $0 }) == nil {
            let pid = pid
            kill(-pid, SIGKILL)
            DedicatedThread.start { ChildProcess.wait(pid) }
        }
    }
}

public struct ServerProcessError: Error, CustomStringConvertible {
    public let description: String
    public init(_ description: String) { self.description = description }
}
