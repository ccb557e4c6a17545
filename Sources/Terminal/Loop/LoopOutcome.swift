/// How a run of the loop ended.
public enum LoopOutcome: Sendable, Hashable {
    /// The program said it was done.
    case finished
    /// A hang-up, termination or quit signal arrived (a terminal that went away counts as
    /// SIGHUP): stop the session and exit with 128 + the signal number.
    case signalled(Int32)
}
