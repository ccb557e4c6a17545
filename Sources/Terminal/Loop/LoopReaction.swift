/// What the program says after an event.
public enum LoopReaction: Sendable, Hashable {
    /// Nothing visible changed: no redraw.
    case unchanged
    /// Draw again.
    case changed
    /// The program is done; the loop returns.
    case finish
}
