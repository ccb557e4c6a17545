import ProcessKit
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// The process's standard input: a terminal, a serial line, or a file of answers. It is read on a
/// thread of its own, so a person who takes their time never holds up the backend or the clock.
public struct StandardInput: LineInput {
    public init() {}

    public var echoesTyping: Bool { isatty(STDIN_FILENO) == 1 }

    public func lines() -> AsyncStream<String> {
        AsyncStream { continuation in
            // A thread of its own: the blocking read never holds one of Swift's few cooperative threads.
            DedicatedThread.start {
                var decoder = TypedLineDecoder()
                DescriptorReading.forEachChunk(of: STDIN_FILENO, size: 4096) { chunk in
                    for line in decoder.append(chunk) { continuation.yield(line) }
                }
                if let last = decoder.finish() { continuation.yield(last) }
                continuation.finish()
            }
        }
    }
}
