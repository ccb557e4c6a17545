#if canImport(Glibc)
import Glibc
#endif
import EmbeddedBackend
import Foundation
import HTTPBackendClient
import NSSCore
import OfficeServer
import Testing
import TestSupport

/// What a connection may hold on the server: one that sends nothing, half a request, or a body a byte at
/// a time is closed once the request's time is over (a second here), however many there are; a call held
/// by `?espera=` is answered after its own wait, never cut.
@Suite(.runsPrograms) struct ConnectionLimitTests {
    let fixture: OfficeFixture
    let server: RunningServer

    init() async throws {
        fixture = try OfficeFixture()
        var limits = ServerLimits()
        limits.requestTimeout = .seconds(1)
        limits.connections = 32
        server = try await RunningServer.start(OfficeServer(backend: fixture.backend, tokens: OfficeFixture.tokens,
                                                            logger: OfficeFixture.quietLogger, limits: limits))
    }

    /// How long a test waits to see a connection closed or answered: far beyond the second it is given, so
    /// that a loaded machine (the whole suite in one process on two cores) does not fail it; a connection
    /// that is never closed fails it.
    static let patience = 90.0

    @Test func aConnectionThatSendsNothingIsClosed() async throws {
        let port = server.port
        #expect(try await onOwnThread { try RawSocket(port: port).isClosed(within: Self.patience) })
    }

    @Test(arguments: ["POST /v1/llamadas/newCaptcha HTTP/1.1\r\nHost: 127.0.0.1\r\n",
                      "GET /salud HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Relleno: aaaa",
                      "G"])
    func halfARequestIsClosed(_ half: String) async throws {
        let port = server.port
        let (text, closed) = try await onOwnThread {
            let socket = try RawSocket(port: port)
            socket.send(half)
            return socket.read(for: Self.patience)
        }
        #expect(closed)
        #expect(!text.contains("200 OK"), "\(text)")
    }

    /// Every byte of a body is news to Hummingbird's idle timeout: a body sent a byte at a time is held
    /// to the request's time from its head.
    @Test func aBodySentAByteAtATimeIsClosed() async throws {
        let port = server.port
        let token = OfficeFixture.token
        let (closed, bytesSent) = try await onOwnThread { () throws -> (Bool, Int) in
            let socket = try RawSocket(port: port)
            socket.send("POST /v1/llamadas/lookupCURP HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer \(token)\r\n"
                        + "Content-Type: application/json\r\nContent-Length: 1000\r\n\r\n")
            var sent = 0
            // A byte every 0.2 s, well within the second of idleness each time, for up to `patience`.
            while sent < Int(Self.patience / 0.2) {
                if socket.read(for: 0.2).closed || !socket.send(" ") { return (true, sent) }
                sent += 1
            }
            return (false, sent)
        }
        #expect(closed, "a body sent a byte at a time held its connection for \(bytesSent) bytes")
    }

    /// Many connections that send nothing: each is closed, beyond the cap of open connections they wait
    /// their turn, and the server still answers.
    @Test func manyIdleConnectionsAreAllClosedAndTheServerStillAnswers() async throws {
        let port = server.port
        let closed = try await onOwnThread { () throws -> Int in
            let sockets = try (0..<120).map { _ in try RawSocket(port: port) }
            return sockets.filter { $0.isClosed(within: Self.patience) }.count
        }
        #expect(closed == 120)
        let health = try await onOwnThread { () throws -> String in
            let socket = try RawSocket(port: port)
            socket.send("GET /salud HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
            return socket.read(for: Self.patience).text
        }
        #expect(health.hasPrefix("HTTP/1.1 200 OK"), "\(health)")
    }

    /// The waiting screen's question waits longer than a request's time, and is answered, not cut. (On a
    /// connection of the test's own, which sends the request whole the moment it connects: a pooled
    /// client may connect and write a moment later, which on a loaded machine can be past the second.)
    @Test func aWaitingCallIsAnsweredAfterItsWaitNotCut() async throws {
        let backend = RemoteBackend(server.transport(wait: .seconds(1)))
        let challenge = try await backend.newCaptcha(.picture)
        let ticket = try await backend.submit(ApplicationRequest(
            curp: try fixture.curp(withNSS: false), email: try EmailAddress("ana.lopez@example.com"),
            captchaID: challenge.id, captchaAnswer: OfficeFixture.captchaAnswer))
        let body = String(decoding: try JSONEncoder().encode(ticket.id), as: UTF8.self)
        let port = server.port
        let token = OfficeFixture.token
        let text = try await onOwnThread { () throws -> String in
            let socket = try RawSocket(port: port)
            socket.send("POST /v1/llamadas/confirmationStatus?espera=3 HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer \(token)\r\n"
                        + "Content-Type: application/json\r\nContent-Length: \(body.utf8.count)\r\n\r\n\(body)")
            return socket.read(for: Self.patience).text
        }
        #expect(text.hasPrefix("HTTP/1.1 200 OK"), "\(text)")
        #expect(text.contains("pending"), "\(text)")
    }
}

/// The cap of open connections fits the descriptors the process may hold, with room for the rest.
@Suite struct DescriptorLimitTests {
    @Test func theConnectionsFitTheDescriptorLimit() {
        #expect(DescriptorLimit.connections(1000, descriptors: 20_000) == 1000)
        #expect(DescriptorLimit.connections(1000, descriptors: 1024) == 1024 - DescriptorLimit.reserve)
        #expect(DescriptorLimit.connections(1000, descriptors: 100) == 16)
    }

    /// systemd's soft limit of 1024 is raised to the hard one (here, whatever the test runs under).
    @Test func theSoftLimitIsRaisedToTheHardOne() {
        var before = rlimit()
        getrlimit(Int32(RLIMIT_NOFILE.rawValue), &before)
        let now = DescriptorLimit.raised()
        #expect(now == Int(clamping: min(before.rlim_max, 1 << 20)))
    }
}
