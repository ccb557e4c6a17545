import Foundation
import HTTPBackendClient
import NSSCore
import Logging
import OfficeServer
import ServiceLifecycle

/// An office server running in this process on a free loopback port, until `stop()` (or until it is
/// no longer used).
final class RunningServer: Sendable {
    let port: Int
    private let group: ServiceGroup
    private let run: Task<Void, Never>

    private init(port: Int, group: ServiceGroup, run: Task<Void, Never>) {
        self.port = port
        self.group = group
        self.run = run
    }

    static func start(_ server: OfficeServer) async throws -> RunningServer {
        let (ports, announce) = AsyncStream<Int>.makeStream()
        let group = ServiceGroup(services: server.services(host: "127.0.0.1", port: 0) { port in
            announce.yield(port)
            announce.finish()
        }, logger: OfficeFixture.quietLogger)
        let run = Task {
            defer { announce.finish() }
            try? await group.run()
        }
        var listening = ports.makeAsyncIterator()
        guard let port = await listening.next() else { throw FixtureFailure("the server did not start") }
        return RunningServer(port: port, group: group, run: run)
    }

    var base: URL { URL(string: "http://127.0.0.1:\(port)")! }

    /// The remote backend's transport to this server, with a terminal's token. Generous attempts: the
    /// whole suite runs in this process beside it, on two cores, and a slow answer there is not what
    /// these tests are about (the program's own limits are tested on a server of its own process).
    func transport(token: String = OfficeFixture.token, wait: Duration = CallWaiting.longest) -> HTTPTransport {
        HTTPTransport(server: base, token: token, attemptTimeout: .seconds(60), budget: .seconds(90), wait: wait)
    }

    /// Stops as SIGTERM does, and waits until it has.
    func stop() async {
        await group.triggerGracefulShutdown()
        await run.value
    }

    deinit {
        let group = group
        Task { await group.triggerGracefulShutdown() }
    }
}
