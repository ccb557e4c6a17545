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
}
