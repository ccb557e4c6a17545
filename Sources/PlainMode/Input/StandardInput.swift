import ProcessKit
import Synchronization
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
    /// The descriptor read (standard input; a pipe in tests).
    let descriptor: Int32
    /// Counts `discardPending()` calls: the reader drops its half line whenever it changed.
    private let discards = Discards()

    public init() {
        self.init(descriptor: STDIN_FILENO)
    }

    init(descriptor: Int32) {
        self.descriptor = descriptor
    }

    public var echoesTyping: Bool { isatty(descriptor) == 1 }

    public func lines() -> AsyncStream<String> {
        AsyncStream { continuation in
            // A thread of its own: the blocking read never holds one of Swift's few cooperative threads.
            DedicatedThread.start { [descriptor, discards] in
                var decoder = TypedLineDecoder()
                var seen = discards.count
                DescriptorReading.forEachChunk(of: descriptor, size: 4096) { chunk in
                    let now = discards.count
                    if now != seen {
                        seen = now
                        decoder.discardPartial()
                    }
                    for line in decoder.append(chunk) { continuation.yield(line) }
                }
                if let last = decoder.finish() { continuation.yield(last) }
                continuation.finish()
            }
        }
    }

    public func discardPending() {
        discards.increment()
        // What sits in the terminal's line buffer (canonical mode: typed, no Enter yet) goes too.
        if isatty(descriptor) == 1 { tcflush(descriptor, TCIFLUSH) }
    }

    public func interrupts() -> AsyncStream<Void> {
        InterruptKey.presses()
    }

    public func setEcho(_ on: Bool) {
        var modes = termios()
        guard isatty(descriptor) == 1, tcgetattr(descriptor, &modes) == 0 else { return }
        if on {
            modes.c_lflag |= tcflag_t(ECHO)
        } else {
            modes.c_lflag &= ~tcflag_t(ECHO)
        }
        tcsetattr(descriptor, TCSANOW, &modes)
    }
}

private final class Discards: Sendable {
    private let value = Mutex(0)
    var count: Int { value.withLock { $0 } }
    func increment() { value.withLock { $0 += 1 } }
}
