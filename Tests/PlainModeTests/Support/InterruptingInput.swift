import PlainMode

/// A scripted person who also presses Ctrl-C: the session gets it as the terminal's SIGINT would give it.
struct InterruptingInput: LineInput {
    enum Step: Sendable {
        case type(String)
        case waitFor(String)
        case interrupt
    }

    let steps: [Step]
    let transcript: Transcript
    private let presses = AsyncStream<Void>.makeStream()

    init(steps: [Step], transcript: Transcript) {
        self.steps = steps
        self.transcript = transcript
    }

    var echoesTyping: Bool { false }

    func interrupts() -> AsyncStream<Void> { presses.stream }

    func lines() -> AsyncStream<String> {
        AsyncStream { continuation in
            let task = Task { [steps, transcript, presses] in
                var offset = 0
                for step in steps {
                    switch step {
                    case .type(let line): continuation.yield(line)
                    case .waitFor(let phrase): offset = await transcript.waitUntil(written: phrase, after: offset)
                    case .interrupt: presses.continuation.yield(())
                    }
                }
                continuation.finish()
            }
            continuation.onTermination = { _ in task.cancel() }
        }
    }
}
