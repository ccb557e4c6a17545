/// A key press, or something the terminal reports as one (a resize, a paste).
public enum Key: Hashable, Sendable {
    /// Printable text: one character typed (accents and ñ included), or many pasted at once.
    case text(String)
    case tab
    /// Shift-Tab.
    case backTab
    case enter
    case escape
    case up, down, left, right
    case home, end, pageUp, pageDown
    case backspace
    case delete
    /// F1…F12.
    case function(Int)
    /// A control key that is not one of the above: `.control("L")` is Ctrl-L (redraw). In kiosk
    /// mode Ctrl-C, Ctrl-Z and Ctrl-\ arrive here as well ("C", "Z", "\\").
    case control(Character)
    /// The terminal changed size.
    case resize

    /// Whether the key still reaches the program while its window is too small to be drawn: what types
    /// into the field (kept for when the window grows) and F10, which the notice offers.
    var typesWhileTooSmall: Bool {
        switch self {
        case .text, .backspace, .delete, .control("U"), .function(10): true
        default: false
        }
    }
}
