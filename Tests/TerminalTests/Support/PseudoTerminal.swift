import CPseudoTerminal
import Foundation
import Glibc
import Synchronization

/// A pseudo-terminal pair for tests: the session runs on the follower side; the test types
/// on the leader side, and everything the program writes is collected.
final class PseudoTerminal {
    let leader: Int32
    let follower: Int32
    private let reader = Reader()
    private let drained = DispatchSemaphore(value: 0)
    private var isClosed = false

    init(size: (rows: Int32, columns: Int32) = (24, 80)) throws {
        var leader: Int32 = -1, follower: Int32 = -1
        guard pseudo_terminal_open(&leader, &follower, size.rows, size.columns) == 0 else {
            throw POSIXError(.ENOTTY)
        }
        self.leader = leader
        self.follower = follower
        let reader = reader, drained = drained, source = leader
        Thread.detachNewThread {
            reader.drain(source)
            drained.signal()
        }
    }

    /// Types `text` as a person (or a paste) would.
    func type(_ text: String) {
        let bytes = Array(text.utf8)
        _ = bytes.withUnsafeBytes { write(leader, $0.baseAddress, $0.count) }
    }

    /// Changes the terminal's size, as when a person resizes the window.
    func resize(rows: Int32, columns: Int32) {
        pseudo_terminal_resize(leader, rows, columns)
    }

    /// Everything the program has written so far.
    var output: String {
        String(decoding: reader.bytes, as: UTF8.self)
    }

    /// The terminal goes away, as when an SSH link drops or the window is closed.
    func hangUp() {
        guard !isClosed else { return }
        isClosed = true
        reader.stop()
        drained.wait()
        Glibc.close(leader)
    }

    /// Closes both sides once the program's output has been read to the end.
    func close() {
        guard !isClosed else {
            Glibc.close(follower)
            return
        }
        isClosed = true
        Glibc.close(follower)
        drained.wait()
        Glibc.close(leader)
    }
}

/// Reads the leader side until the follower is closed or it is told to stop.
private final class Reader: Sendable {
    private let storage = Mutex<[UInt8]>([])
    private let stopped = Atomic<Bool>(false)

    func drain(_ descriptor: Int32) {
        var buffer = [UInt8](repeating: 0, count: 4096)
        while !stopped.load(ordering: .acquiring) {
            var ready = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
            guard poll(&ready, 1, 20) != 0 else { continue }
            let count = read(descriptor, &buffer, buffer.count)
            if count <= 0 { break }
            storage.withLock { $0 += buffer[0..<count] }
        }
    }

    func stop() { stopped.store(true, ordering: .releasing) }

    var bytes: [UInt8] { storage.withLock { $0 } }
}
