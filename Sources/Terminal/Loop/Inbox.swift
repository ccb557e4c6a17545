import Synchronization

/// Where background work leaves its results for the UI thread. Any thread may post; the run
/// loop takes everything posted on each turn, in order.
public final class Inbox<Message: Sendable>: Sendable {
    private let queue = Mutex<[Message]>([])

    public init() {}

    public func post(_ message: Message) {
        queue.withLock { $0.append(message) }
    }

    /// Runs `work` concurrently and posts its result.
    public func perform(_ work: @escaping @Sendable () async -> Message) {
        Task { self.post(await work()) }
    }

    /// Everything posted so far, oldest first; the inbox is left empty.
    func drain() -> [Message] {
        queue.withLock { messages in
            defer { messages.removeAll() }
            return messages
        }
    }
}
