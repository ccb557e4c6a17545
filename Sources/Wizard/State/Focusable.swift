/// What can hold the keyboard focus: a text field or a button.
public enum Focusable: Hashable, Sendable {
    case field(FieldID)
    case action(Action)
}
