import CPseudoTerminal
import Foundation
import Glibc
import Synchronization

/// A pseudo-terminal pair for tests: the session runs on the follower side; the test types
/// on the leader side, and everything the program writes is collected.
final class PseudoTerminal {
    let leader: Int32
    let follower: Int32
    private let written = Written()
    private let drained = DispatchSemaphore(value: 0)

    init(size: (rows: Int32, columns: Int32) = (24, 80)) throws {
        var leader: Int32 = -1, follower: Int32 = -1
        guard pseudo_terminal_open(&leader, &follower, size.rows, size.columns) == 0 else {
            throw POSIXError(.ENOTTY)
        }
        self.leader = leader
        self.follower = follower
        let source = leader, written = written, drained = drained
        Thread.detachNewThread {
            var buffer = [UInt8](repeating: 0, count: 4096)
            while true {
                let count = read(source, &buffer, buffer.count)
                if count <= 0 { break }
                written.append(buffer[0..<count])
            }
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
        String(decoding: written.bytes, as: UTF8.self)
    }

    /// Closes both sides once the program's output has been read to the end.
    func close() {
        Glibc.close(follower)
        drained.wait()
        Glibc.close(leader)
    }
}

private final class Written: Sendable {
    private let storage = Mutex<[UInt8]>([])
    func append(_ bytes: ArraySlice<UInt8>) { storage.withLock { $0 += bytes } }
    var bytes: [UInt8] { storage.withLock { $0 } }
}
