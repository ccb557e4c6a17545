/// Where plain mode reads what the person types: standard input, or a script of answers.
public protocol LineInput: Sendable {
    /// The lines typed, without their line endings, in order; the stream finishes at end of input (Ctrl-D).
    func lines() -> AsyncStream<String>
    /// Whether the person already sees what they type, because a terminal echoes it. When not, plain
    /// mode writes each answer after its prompt, so that the output reads as a dialogue.
    var echoesTyping: Bool { get }
    /// Forgets everything typed and not yet finished with Enter (in the terminal's line buffer and in
    /// the reader's half line): called on every wipe, so the next person's answer is never read
    /// together with what the last one left half-typed.
    func discardPending()
    /// Stops or resumes the terminal's echo, so a staff PIN is not shown while typed.
    func setEcho(_ on: Bool)
    /// Each Ctrl-C the person presses (outside a kiosk): a request to leave, which the session confirms
    /// when it would wipe something.
    func interrupts() -> AsyncStream<Void>
}

extension LineInput {
    public func discardPending() {}
    public func setEcho(_ on: Bool) {}
    public func interrupts() -> AsyncStream<Void> { AsyncStream { $0.finish() } }
}
