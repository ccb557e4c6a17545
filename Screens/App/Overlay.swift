import Wizard

/// What the app shows over the current screen, taking its keys until it closes.
enum Overlay: Hashable, Sendable {
    /// F1: the screen's help and its keys.
    case help
    /// «¿Deseas salir?» after Ctrl-C; `yesFocused` says which button has the focus.
    case exitConfirmation(yesFocused: Bool)
    /// The staff exit of a kiosk: the PIN as typed so far (shown masked).
    case staffPIN(EditableText)
}
