/// A fixed list of answers, one per prompt, then end of input: for tests, demonstrations and training.
public struct ScriptedInput: LineInput {
    /// The lines, in the order the prompts will take them.
    public let answers: [String]

    public init(_ answers: [String]) {
        self.answers = answers
    }

    public var echoesTyping: Bool { false }

    public func lines() -> AsyncStream<String> {
        AsyncStream { continuation in
            for answer in answers { continuation.yield(answer) }
            continuation.finish()
        }
    }
}
