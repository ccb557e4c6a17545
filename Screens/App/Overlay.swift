import Wizard

/// What the app shows over the current screen, taking its keys until it closes.
enum Overlay: Hashable, Sendable {
    /// F1: the screen's help and its keys, from `firstRow` (it scrolls when it does not fit).
    case help(firstRow: Int)
    /// «¿Deseas salir?» when leaving would wipe something; `yesFocused` says which button has the focus.
    case exitConfirmation(yesFocused: Bool)
    /// The staff exit of a kiosk: the PIN as typed so far (shown masked).
    case staffPIN(EditableText)
    /// The staff exit while it is locked after wrong PINs: says so and swallows every key typed (a PIN
    /// typed in a hurry is neither shown nor kept anywhere) until Esc or Enter, or until the lock ends.
    case staffLocked

    var isExitConfirmation: Bool { if case .exitConfirmation = self { true } else { false } }
}
