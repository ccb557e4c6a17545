import FoundationEssentials
import Wizard

/// What a screen draws from: the wizard's state, and what the run loop knows besides (the time, the
/// spinner's frame, whether the backend runs in test mode).
public struct ScreenContext: Sendable {
    public var state: WizardState
    /// The wall-clock time of the last tick: the link's time left is counted from it.
    public var now: Date
    /// Advances four times a second while something is awaited.
    public var spinnerFrame: Int
    /// Whether a call has taken long enough (~100 ms) to show «Un momento…».
    public var showsBusy: Bool
    /// Whether the backend runs with a fixed captcha answer: every screen says so.
    public var isTestMode: Bool

    public init(state: WizardState, now: Date, spinnerFrame: Int = 0, showsBusy: Bool = false,
                isTestMode: Bool = false) {
        self.state = state
        self.now = now
        self.spinnerFrame = spinnerFrame
        self.showsBusy = showsBusy
        self.isTestMode = isTestMode
    }

    /// Whether `target` has the keyboard focus.
    func isFocused(_ target: Focusable) -> Bool { state.focus == target }
}
