import FoundationEssentials
import Wizard

/// Everything that reaches a plain-mode session, in one queue: what the person typed, the end of their
/// input, Ctrl-C, a backend's answer, and the clock.
enum SessionMessage: Sendable {
    case typed(String)
    case endOfInput
    case interrupt
    case wizard(Event)
    case tick(Date)
    /// A file of answers may have its next answer ready (the pause between answers is over, the code came).
    case scriptTurn
}
