import Terminal

/// One line of a screen's key table: the keys, their name as people read it, what they do, and the
/// word the hint line shows for them (nil: only the F1 help lists them).
public struct KeyBinding: Hashable, Sendable {
    public var keys: [Key]
    /// The keys as written on screen ("Tab", "F10", "Ctrl-U").
    public var name: String
    /// What the keys do, for the F1 help ("Campo o botón siguiente").
    public var meaning: String
    /// The word of the hint line ("Campo"); nil keeps the binding out of it.
    public var hint: String?
    public var command: KeyCommand

    public init(_ keys: [Key], name: String, meaning: String, hint: String? = nil, command: KeyCommand) {
        self.keys = keys
        self.name = name
        self.meaning = meaning
        self.hint = hint
        self.command = command
    }
}
