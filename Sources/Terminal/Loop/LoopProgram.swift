/// A program the run loop can drive: it takes events and draws itself.
///
/// The loop calls `handle` for every key, message and tick, and `draw` only when something
/// changed; ncurses then sends only the cells that differ.
public protocol LoopProgram {
    /// Results of background work, posted from any thread to the loop's `Inbox`.
    associatedtype Message: Sendable

    /// Below this size the loop shows `TooSmallNotice` instead of `draw`, and passes on only
    /// F10 (Salir); nothing is typed blind.
    var minimumSize: Size { get }

    mutating func handle(_ event: LoopEvent<Message>) -> LoopReaction

    func draw(on canvas: Canvas)
}
