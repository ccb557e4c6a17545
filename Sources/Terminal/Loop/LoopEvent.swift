/// What the run loop tells the program it runs.
public enum LoopEvent<Message: Sendable> {
    /// A key (never Ctrl-L or a resize: the loop redraws for those itself).
    case key(Key)
    /// A result of background work, posted to the `Inbox`.
    case message(Message)
    /// The clock advanced by the loop's tick interval (idle countdowns, spinners, polling).
    case tick(ContinuousClock.Instant)
    /// Ctrl-C outside kiosk mode (SIGINT): the program asks whether to leave.
    case interrupt
}
