import Dispatch
import FoundationEssentials
import ProcessKit
import Synchronization

#if canImport(Glibc)
import Glibc
#endif

/// Lines read from and written to file descriptors, for the service's pipes.
///
/// Reading blocks, so it runs on a thread of its own (never on Swift's few cooperative threads);
/// writes of whole lines are serialised by a lock so that concurrent answers never interleave.
final class LineWriter: Sendable {
    private let fd: Int32
    private let lock = Mutex(())

    init(fd: Int32) { self.fd = fd }

    /// Writes all of `line`; false once the other end is gone.
    @discardableResult
    func write(_ line: Data) -> Bool {
        lock.withLock { _ in
            line.withUnsafeBytes { StandardStream.write($0.bindMemory(to: UInt8.self), to: fd) }
        }
    }
}

enum LineReader {
    /// Calls `body` with each line read from `fd` (without its newline) until end of file or an error,
    /// on a new thread; then calls `end`.
    /// `pending`: bytes already read from `fd`, read first.
    static func start(fd: Int32, name: String, pending initial: Data = Data(), body: @escaping @Sendable (Data) -> Void,
                      end: @escaping @Sendable () -> Void) {
        // A thread of its own: the blocking reads never hold one of Swift's few cooperative threads.
        DedicatedThread.start {
            var pending = initial
            while let newline = pending.firstIndex(of: UInt8(ascii: "\n")) {
                body(Data(pending[pending.startIndex..<newline]))
                pending = Data(pending[pending.index(after: newline)...])
            }
            DescriptorReading.forEachChunk(of: fd) { chunk in
                pending.append(contentsOf: chunk)
                while let newline = pending.firstIndex(of: UInt8(ascii: "\n")) {
                    body(Data(pending[pending.startIndex..<newline]))
                    pending = Data(pending[pending.index(after: newline)...])
                }
            }
            end()
        }
    }
}
