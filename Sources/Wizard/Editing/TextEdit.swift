/// One editing keystroke on the focused field.
public enum TextEdit: Hashable, Sendable {
    /// Typed or pasted text.
    case insert(String)
    case deleteBackward
    case deleteForward
    case moveLeft
    case moveRight
    case moveToStart
    case moveToEnd
    /// Ctrl-U: empty the field.
    case clear
}
