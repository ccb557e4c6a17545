import CTermGuard
import Glibc

/// The termination signals received since the last look: SIGINT, SIGTERM, SIGHUP, SIGQUIT.
/// The handlers only set bits; the run loop takes them on the UI thread.
public struct ReceivedSignals: Hashable, Sendable {
    let mask: UInt32

    /// Takes (and clears) what arrived since the last call.
    static func take() -> ReceivedSignals {
        ReceivedSignals(mask: termguard_take_signals())
    }

    public func contains(_ signal: Int32) -> Bool {
        mask & (1 << UInt32(signal)) != 0
    }

    /// The signal that ends the program, if any: a hang-up (the SSH link dropped), a
    /// termination request, or a quit, in that order.
    public var ending: Int32? {
        [SIGHUP, SIGTERM, SIGQUIT].first(where: contains)
    }

    /// Whether Ctrl-C (or kill -INT) asked to stop.
    public var interrupted: Bool { contains(SIGINT) }
}
