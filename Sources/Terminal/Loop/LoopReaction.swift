/// What the program says after an event.
public enum LoopReaction: Sendable, Hashable {
    /// Nothing visible changed: no redraw.
    case unchanged
    /// Draw again.
    case changed
    /// Clear the terminal itself and draw again from nothing: after a person's data was wiped, no
    /// cell of theirs may survive, whatever the terminal kept.
    case repaint
    /// The program is done; the loop returns.
    case finish
}
