import Foundation
import Glibc
import ProcessKit
import Testing
import TestSupport

@Suite(.runsPrograms) struct ChildProcessTests {
    /// A program still open for writing cannot be run (ETXTBSY): `spawn` waits for it a little instead
    /// of failing, as when a helper is being installed or a test's script is inherited by another child.
    @Test func aProgramBusyBeingWrittenIsTriedAgain() async throws {
        let path = "/tmp/nss-kiosk-busy-\(getpid())-\(UInt32.random(in: 0...UInt32.max)).sh"
        defer { unlink(path) }
        let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o700)
        try #require(fd >= 0)
        let script = "#!/bin/sh\nexit 3\n"
        _ = script.withCString { write(fd, $0, strlen($0)) }
        // A thread of its own: Dispatch's global queues share their few threads with Swift's test runner,
        // whose threads this test and its neighbours block.
        Thread.detachNewThread {
            usleep(15_000)
            close(fd)
        }
        let termination = try await onOwnThread { ChildProcess.termination(of: try ChildProcess.spawn(path, arguments: [])) }
        #expect(termination == .exited(3))
    }

    @Test func aProgramThatStaysBusyFailsWithItsReason() async throws {
        let path = "/tmp/nss-kiosk-busy-\(getpid())-\(UInt32.random(in: 0...UInt32.max)).sh"
        defer { unlink(path) }
        let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o700)
        try #require(fd >= 0)
        defer { close(fd) }
        _ = "#!/bin/sh\nexit 0\n".withCString { write(fd, $0, strlen($0)) }
        let spawned = try await onOwnThread { Result { () throws(ChildProcess.SpawnError) in try ChildProcess.spawn(path, arguments: []) } }
        let error = #expect(throws: ChildProcess.SpawnError.self) { try spawned.get() }
        #expect(error?.code == ETXTBSY)
    }
}
