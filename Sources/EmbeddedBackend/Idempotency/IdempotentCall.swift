import Foundation

/// A call sent with an idempotency key: the key is its terminal's, and it stands for one call with one
/// input (`fingerprint`, a digest of both), so a key sent again with something else is refused.
public struct IdempotentCall: Sendable, Hashable {
    public var terminal: String
    public var key: String
    public var call: String
    public var fingerprint: String

    public init(terminal: String, key: String, call: String, fingerprint: String) {
        self.terminal = terminal
        self.key = key
        self.call = call
        self.fingerprint = fingerprint
    }
}

/// What claiming an idempotency key found.
public enum IdempotencyClaim: Sendable, Hashable {
    /// Its first run (or the run of one whose process died): run the call, then record its answer.
    case run
    /// It ran before: answer this again.
    case answered(status: Int, body: [UInt8])
    /// It is running right now, on another request.
    case underWay
    /// The key was sent before with another call or input.
    case otherCall
    /// A submission over the office's limit for its CURP (`SubmissionLimit`) until then: not run, and its
    /// key not kept, so the same key runs it after the wait.
    case limited(until: Date)
}
