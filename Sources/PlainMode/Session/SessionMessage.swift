import FoundationEssentials
import Wizard

/// Everything that reaches a plain-mode session, in one queue: what the person typed, the end of their
/// input, a backend's answer, and the clock.
enum SessionMessage: Sendable {
    case typed(String)
    case endOfInput
    case wizard(Event)
    case tick(Date)
}
