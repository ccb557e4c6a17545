/// The drawn characters (box lines, marks) in Unicode and their ASCII twins.
public struct Glyphs: Sendable, Hashable {
    public let textMode: TextMode

    public init(textMode: TextMode) {
        self.textMode = textMode
    }

    private func pick(_ unicode: String, _ ascii: String) -> String {
        textMode == .unicode ? unicode : ascii
    }

    public var horizontal: String { pick("─", "-") }
    public var vertical: String { pick("│", "|") }
    public var topLeft: String { pick("┌", "+") }
    public var topRight: String { pick("┐", "+") }
    public var bottomLeft: String { pick("└", "+") }
    public var bottomRight: String { pick("┘", "+") }
    public var leftTee: String { pick("├", "+") }
    public var rightTee: String { pick("┤", "+") }
    /// Beside whatever has the focus.
    public var focusMarker: String { pick("▸", ">") }
    /// The ends of the focused button, in place of `<` and `>`.
    public var focusedButtonStart: String { pick("▸", ">") }
    public var focusedButtonEnd: String { pick("◂", "<") }
    public var bullet: String { pick("•", "*") }
    /// A step done or current, and a step to come, in the progress row.
    public var stepReached: String { pick("●", "*") }
    public var stepAhead: String { pick("○", "o") }
    /// Before a message that says something is right, and one that says something is wrong.
    public var check: String { pick("✓", "+") }
    public var cross: String { pick("✗", "!") }
    public var ellipsis: String { pick("…", "...") }
    public var times: String { pick("×", "x") }
    /// What replaces anything unsafe to show.
    public var replacement: Character { textMode == .unicode ? "\u{FFFD}" : "?" }
}
