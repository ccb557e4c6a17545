import Wizard

extension WizardState {
    /// Moves the focus to `target` with Tab presses, as a keyboard would; a line mode asks one field at
    /// a time and must say which.
    mutating func focus(on target: Focusable) {
        for _ in focusOrder.indices where focus != target {
            _ = reduce(.focusNext)
        }
    }
}
