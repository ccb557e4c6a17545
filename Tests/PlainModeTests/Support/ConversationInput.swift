import PlainMode

/// A scripted person who can also wait: types lines, waits until plain mode has said something, types
/// what they make of everything said so far (a captcha read to them), and does things meanwhile (opens
/// the email's link on their phone).
struct ConversationInput: LineInput {
    enum Step: Sendable {
        case type(String)
        case waitFor(String)
        case typeFromWhatWasSaid(@Sendable (String) -> String)
        case meanwhile(@Sendable () async -> Void)
    }

    let steps: [Step]
    let transcript: Transcript

    var echoesTyping: Bool { false }

    func lines() -> AsyncStream<String> {
        AsyncStream { continuation in
            let task = Task { [steps, transcript] in
                var offset = 0
                for step in steps {
                    switch step {
                    case .type(let line): continuation.yield(line)
                    case .waitFor(let phrase): offset = await transcript.waitUntil(written: phrase, after: offset)
                    case .typeFromWhatWasSaid(let answer): continuation.yield(answer(transcript.text))
                    case .meanwhile(let action): await action()
                    }
                }
                continuation.finish()
            }
            continuation.onTermination = { _ in task.cancel() }
        }
    }
}
