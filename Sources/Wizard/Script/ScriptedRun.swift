import NSSCore
import Synchronization

/// A file of answers being played, for either front end: asked for the next move on every turn of its
/// loop, it keeps the pause between answers, reads the confirmation code in the background, and
/// remembers why it stopped, for the program's exit status and message.
public final class ScriptedRun: Sendable {
    /// Why a run stopped early: the screen it was on and what that screen said, in the person's language.
    public struct Stop: Hashable, Sendable {
        public var step: Step
        public var message: String
        /// All of it in a sentence, for the program to say once more when the full screen is gone.
        public var summary: String

        /// Worded in the catalogue bound now (the front end's, while it asks for the next move).
        public init(step: Step, message: String) {
            self.step = step
            self.message = message
            summary = Phrase.scriptStopped.text(["n": String(step.number), "total": String(Step.count),
                                                 "pantalla": step.title, "mensaje": message])
        }
    }

    /// Reads the code of the application's latest confirmation email, or says (in Spanish, as the staff
    /// tool that reads the outbox does) why it cannot.
    public typealias CodeSource = @Sendable (ApplicationID) async -> Result<String, CodeUnavailable>

    public struct CodeUnavailable: Error, Hashable, Sendable {
        public var message: String
        public init(_ message: String) { self.message = message }
    }

    private struct State {
        var script: AnswerScript
        var lastMove: ContinuousClock.Instant?
        var stop: Stop?
        var done = false
    }

    private let state: Mutex<State>
    private let codeSource: CodeSource
    private let pause: Duration

    public init(answers: ScriptedAnswers, codeSource: @escaping CodeSource) {
        // The first answer waits for the pause too: the first screen is seen before it is filled in.
        state = Mutex(State(script: AnswerScript(answers: answers), lastMove: .now))
        self.codeSource = codeSource
        pause = .milliseconds(answers.pauseMilliseconds)
    }

    /// Why the run stopped early, if it did.
    public var stop: Stop? { state.withLock { $0.stop } }

    /// Whether the answers are all given (or stopped): the front end stops asking.
    public var isOver: Bool { state.withLock { $0.done || $0.stop != nil } }

    /// The move to make now on `wizard`; `.wait` until the pause since the last one is over.
    public func next(in wizard: WizardState) -> ScriptMove {
        let now = ContinuousClock.now
        let (move, fetch): (ScriptMove, ApplicationID?) = state.withLock { state in
            if let stop = state.stop { return (.stop(stop.message), nil) }
            if state.done { return (.done(endsProgram: true), nil) }
            if let last = state.lastMove, now - last < pause { return (.wait, nil) }
            let move = state.script.next(in: wizard)
            switch move {
            case .fetchCode(let id): return (.wait, id)
            case .stop(let message): state.stop = Stop(step: wizard.step, message: message)
            case .done: state.done = true
            case .press(.finish):
                // Terminar is the last answer: the session ends with it, and asks nothing more.
                state.lastMove = now
                state.done = true
            case .type, .press: state.lastMove = now
            case .wait: break
            }
            return (move, nil)
        }
        if let fetch { startFetching(fetch) }
        return move
    }

    private func startFetching(_ id: ApplicationID) {
        Task { [codeSource] in
            let result = await codeSource(id)
            self.state.withLock { state in
                switch result {
                case .success(let code): state.script.codeArrived(code)
                case .failure(let failure): state.script.codeFailed(failure.message)
                }
            }
        }
    }
}
