import NSSCore
import Terminal
import Wizard

/// A screen's keys, in one table: the key-hint line at the bottom and the list of keys in the F1 help
/// are both made from it, so they never disagree with what the keys do.
public struct KeyTable: Hashable, Sendable {
    public var bindings: [KeyBinding]

    public init(_ bindings: [KeyBinding]) {
        self.bindings = bindings
    }

    /// The command bound to `key`, if any (typed text is not in the table: it goes into the field).
    public func command(for key: Key) -> KeyCommand? {
        bindings.first { $0.keys.contains(key) }?.command
    }

    /// The hint line: every binding with a hint word, in table order.
    public var hintLine: HintLine {
        HintLine(bindings.compactMap { binding in binding.hint.map { KeyHint(binding.name, $0) } })
    }

    /// The keys of a wizard screen: moving between fields and buttons, Enter, Esc, F10 Salir, the
    /// editing keys where the screen has fields, then the screen's own (`extra`). The hint line shows
    /// F1, Tab, Enter, Esc and F10 first, so the keys that get a person out always fit in it. Enter's
    /// hint is the focused button's label, or `enter` while a field has the focus.
    public static func wizard(_ state: WizardState, enter: String, escape: String?,
                              extra: [KeyBinding] = []) -> KeyTable {
        let hasFields = state.focusOrder.contains { if case .field = $0 { true } else { false } }
        let enter = if case .action(let action) = state.focus { state.label(of: action) } else { enter }
        var bindings = [
            KeyBinding([.function(1)], name: "F1", meaning: Phrase.keysHelp.text, hint: Phrase.keysHelpHint.text, command: .help),
            KeyBinding([.tab], name: "Tab", meaning: Phrase.keysNext.text, hint: hasFields ? Phrase.keysHintField.text : Phrase.keysHintButton.text,
                       command: .focusNext),
            KeyBinding([.enter], name: "Enter", meaning: Phrase.keysEnter.text,
                       hint: enter, command: .activate),
            KeyBinding([.escape], name: "Esc", meaning: escape ?? Phrase.keysNoBack.text, hint: escape,
                       command: .perform(.back)),
            KeyBinding([.function(10)], name: "F10", meaning: Phrase.keysExit.text,
                       hint: Phrase.buttonExit.text, command: .perform(.exit)),
        ]
        bindings += extra
        bindings += [
            KeyBinding([.backTab], name: "Shift-Tab", meaning: Phrase.keysPrevious.text, command: .focusPrevious),
            KeyBinding([.down], name: "↓", meaning: Phrase.keysNext.text, command: .focusNext),
            KeyBinding([.up], name: "↑", meaning: Phrase.keysPrevious.text, command: .focusPrevious),
            KeyBinding([.left], name: "←", meaning: hasFields ? Phrase.keysLeftField.text : Phrase.keysLeftButton.text,
                       command: .left),
            KeyBinding([.right], name: "→", meaning: hasFields ? Phrase.keysRightField.text : Phrase.keysRightButton.text,
                       command: .right),
        ]
        if hasFields { bindings += editing }
        bindings.append(KeyBinding([.control("L")], name: "Ctrl-L", meaning: Phrase.keysRedraw.text,
                                   command: .redraw))
        return KeyTable(bindings)
    }

    /// The editing keys of a text field.
    static var editing: [KeyBinding] { [
        KeyBinding([.home], name: Phrase.keysNameHome.text, meaning: Phrase.keysFieldStart.text, command: .edit(.moveToStart)),
        KeyBinding([.end], name: Phrase.keysNameEnd.text, meaning: Phrase.keysFieldEnd.text, command: .edit(.moveToEnd)),
        KeyBinding([.backspace], name: Phrase.keysNameBackspace.text, meaning: Phrase.keysDeleteLeft.text, command: .edit(.deleteBackward)),
        KeyBinding([.delete], name: Phrase.keysNameDelete.text, meaning: Phrase.keysDeleteRight.text, command: .edit(.deleteForward)),
        KeyBinding([.control("U")], name: "Ctrl-U", meaning: Phrase.keysClear.text, command: .edit(.clear)),
    ] }
}
