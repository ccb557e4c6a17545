import Wizard

/// What a key means on a screen, before it is known what has the focus: Left moves the cursor in a
/// field but the focus in a row of buttons, text goes into a field and nowhere else.
public enum KeyCommand: Hashable, Sendable {
    /// Tab, Down: the next field or button.
    case focusNext
    /// Shift-Tab, Up: the previous field or button.
    case focusPrevious
    /// Enter: press the focused button, or go to the next field (the main button after the last).
    case activate
    /// A button reached by its own key (Esc Regresar, F10 Salir, F5 Otra imagen).
    case perform(Action)
    /// Left: the cursor in a field, the previous button in a row.
    case left
    /// Right: the cursor in a field, the next button in a row.
    case right
    /// An edit of the focused field (Home, End, Backspace, Delete, Ctrl-U).
    case edit(TextEdit)
    /// F1: the screen's help.
    case help
    /// In the help: move its text by so many rows (`.min` and `.max`: to its start and its end).
    case scroll(by: Int)
    /// Ctrl-L: draw the whole screen again (the run loop does it).
    case redraw
}
