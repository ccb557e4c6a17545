import Glibc
import Synchronization

/// Where background work leaves its results for the UI thread. Any thread may post; the run
/// loop takes everything posted on each turn, in order.
///
/// A post also wakes the loop at once: it writes a byte to a pipe that the loop's wait for keys
/// watches beside the terminal, so a backend's answer reaches the screen as soon as it arrives,
/// not when the wait would have timed out.
public final class Inbox<Message: Sendable>: Sendable {
    private let queue = Mutex<[Message]>([])
    private let wake = WakePipe()
    /// How many `perform` works have not posted yet.
    private let working = Mutex(0)

    public init() {}

    public func post(_ message: Message) {
        queue.withLock { $0.append(message) }
        wake.signal()
    }

    /// Runs `work` concurrently and posts its result.
    public func perform(_ work: @escaping @Sendable () async -> Message) {
        working.withLock { $0 += 1 }
        Task {
            self.post(await work())
            self.working.withLock { $0 -= 1 }
        }
    }

    /// Blocks this thread until every `perform` under way has posted, or `limit` passed: for the program's
    /// end, so that a call made on the last turn (the backend told that the person left) is not cut off.
    /// Returns whether all had.
    @discardableResult
    public func waitForWork(upTo limit: Duration) -> Bool {
        let deadline = ContinuousClock.now + limit
        while working.withLock({ $0 }) > 0 {
            guard ContinuousClock.now < deadline else { return false }
            usleep(2_000)
        }
        return true
    }

    /// Readable while something posted has not been taken: the loop's wait watches it.
    var wakeDescriptor: Int32? { wake.readEnd }

    /// Everything posted so far, oldest first; the inbox is left empty.
    func drain() -> [Message] {
        wake.clear()   // before taking: a post in between leaves a byte, and only wakes the loop once more
        return queue.withLock { messages in
            defer { messages.removeAll() }
            return messages
        }
    }
}

/// A self-pipe: `signal` makes the read end readable until `clear`. Both ends are non-blocking and
/// closed on exec; a full pipe already says "wake up", so a failed write is no loss.
final class WakePipe: Sendable {
    let readEnd: Int32?
    private let writeEnd: Int32?

    init() {
        var ends: [Int32] = [-1, -1]
        if pipe(&ends) == 0 {
            for fd in ends {
                _ = fcntl(fd, F_SETFD, FD_CLOEXEC)
                _ = fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) | O_NONBLOCK)
            }
            (readEnd, writeEnd) = (ends[0], ends[1])
        } else {
            (readEnd, writeEnd) = (nil, nil)
        }
    }

    deinit {
        if let readEnd { close(readEnd) }
        if let writeEnd { close(writeEnd) }
    }

    func signal() {
        guard let writeEnd else { return }
        var byte: UInt8 = 1
        _ = write(writeEnd, &byte, 1)
    }

    func clear() {
        guard let readEnd else { return }
        var buffer = [UInt8](repeating: 0, count: 64)
        while buffer.withUnsafeMutableBytes({ read(readEnd, $0.baseAddress, $0.count) }) > 0 {}
    }
}
