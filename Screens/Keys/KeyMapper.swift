import Terminal
import Wizard

/// Turns a key into the wizard's event on the current screen.
///
/// The screen's key table says what the key means; what has the focus decides the rest. Text goes
/// into the focused field — or, while a button has the focus, into the field the person was last in
/// (a stray letter never presses anything). Left and Right move the cursor in a field, and between
/// buttons otherwise.
public enum KeyMapper {
    /// The event for `key` on a screen with `table`; nil when the key does nothing here.
    public static func event(for key: Key, table: KeyTable, state: WizardState) -> Event? {
        if let command = table.command(for: key) {
            return event(for: command, state: state)
        }
        if case .text(let text) = key, state.focusOrder.contains(where: { if case .field = $0 { true } else { false } }) {
            return .edit(.insert(text))
        }
        return nil
    }

    /// The event for a command, given what has the focus.
    public static func event(for command: KeyCommand, state: WizardState) -> Event? {
        let inField = isFieldFocused(state)
        switch command {
        case .focusNext: return .focusNext
        case .focusPrevious: return .focusPrevious
        case .activate: return .activate
        case .perform(let action): return .perform(action)
        case .left, .right:
            if inField { return .edit(command == .left ? .moveLeft : .moveRight) }
            // The arrows follow the buttons as drawn: in a row read from the right, ← is the next in Tab order.
            let reversed = if case .action(let action) = state.focus {
                ActionButtons.readsRightToLeft(action, on: state.step)
            } else { false }
            return (command == .left) != reversed ? .focusPrevious : .focusNext
        case .edit(let edit): return inField ? .edit(edit) : nil
        case .help, .redraw, .scroll: return nil
        }
    }

    static func isFieldFocused(_ state: WizardState) -> Bool {
        if case .field = state.focus { true } else { false }
    }
}
