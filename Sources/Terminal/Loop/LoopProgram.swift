/// A program the run loop can drive: it takes events and draws itself.
///
/// The loop calls `handle` for every key, message and tick, and `draw` only when something
/// changed; ncurses then sends only the cells that differ.
public protocol LoopProgram {
    /// Results of background work, posted from any thread to the loop's `Inbox`.
    associatedtype Message: Sendable

    /// Below this size the loop shows `tooSmallNotice` instead of `draw`, and passes on only what
    /// types into a field (text, Retroceso, Supr, Ctrl-U) and F10 (Salir): what is typed meanwhile is
    /// kept, and nothing moves or is pressed blind.
    var minimumSize: Size { get }

    /// What shows while the window is smaller than `minimumSize`.
    func tooSmallNotice(current: Size) -> TooSmallNotice

    mutating func handle(_ event: LoopEvent<Message>) -> LoopReaction

    func draw(on canvas: Canvas)
}

extension LoopProgram {
    public func tooSmallNotice(current: Size) -> TooSmallNotice {
        TooSmallNotice(current: current, minimum: minimumSize)
    }
}
