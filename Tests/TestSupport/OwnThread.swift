import ProcessKit

/// Runs `body` on a thread of its own while the calling test's task suspends: for work that blocks
/// (a terminal session waiting for keys, a run loop, a pseudo terminal drained to its end), which must
/// never hold one of the test runner's few cooperative threads. `body` may use what the test owns:
/// the test waits for it, so nothing else touches that meanwhile. Expectations are checked after,
/// in the test itself.
public func onOwnThread<Value>(_ body: @escaping () throws -> Value) async throws -> Value {
    let work = Unchecked(body)
    let result = await DedicatedThread.run { Unchecked(Result { try work.value() }) }
    return try result.value.get()
}

/// A value handed to another thread and back while its owner waits (see `onOwnThread`).
public struct Unchecked<Value>: @unchecked Sendable {
    public var value: Value
    public init(_ value: Value) { self.value = value }
}
