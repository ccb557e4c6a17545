/// Where plain mode reads what the person types: standard input, or a script of answers.
public protocol LineInput: Sendable {
    /// The lines typed, without their line endings, in order; the stream finishes at end of input (Ctrl-D).
    func lines() -> AsyncStream<String>
    /// Whether the person already sees what they type, because a terminal echoes it. When not, plain
    /// mode writes each answer after its prompt, so that the output reads as a dialogue.
    var echoesTyping: Bool { get }
}
