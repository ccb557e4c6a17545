import NSSCore
import Terminal
import Wizard

/// «¿Deseas salir?», whenever leaving would wipe something of the person (the wizard's one rule,
/// `WizardState.leavingNeedsConfirmation`, for Salir, F10 and Ctrl-C alike): «Sí, salir» wipes everything
/// and ends the program, or at a kiosk starts over; «No, continuar» (the focus at first, and Esc) goes
/// back to the screen as it was.
enum ExitConfirmation {
    /// Yes and no are the first letters of the person's language (S and N in Spanish, understood in any).
    static var keys: KeyTable { KeyTable([
        KeyBinding([.enter], name: "Enter", meaning: Phrase.keysEnter.text, hint: Phrase.keysChoose.text, command: .activate),
        KeyBinding(letters(.lineYes, "s") + [.function(10)], name: Phrase.lineYes.text.uppercased(), meaning: LeaveWording.leave,
                   hint: LeaveWording.leave, command: .perform(.exit)),
        KeyBinding(letters(.lineNo, "n") + [.escape], name: Phrase.lineNo.text.uppercased(), meaning: LeaveWording.stay,
                   hint: LeaveWording.stay, command: .perform(.back)),
        KeyBinding([.tab], name: "Tab", meaning: Phrase.keysOtherButton.text, command: .focusNext),
        KeyBinding([.backTab], name: "Shift-Tab", meaning: Phrase.keysOtherButton.text, command: .focusPrevious),
        KeyBinding([.left], name: "←", meaning: Phrase.keysOtherButton.text, command: .left),
        KeyBinding([.right], name: "→", meaning: Phrase.keysOtherButton.text, command: .right),
    ]) }

    /// The keys of an answer: its letter in the person's language and the Spanish one, either case.
    private static func letters(_ phrase: Phrase, _ spanish: String) -> [Key] {
        var keys: [Key] = []
        for letter in [phrase.text.lowercased(), spanish] where !letter.isEmpty && !keys.contains(.text(letter)) {
            keys += [.text(letter), .text(letter.uppercased())]
        }
        return keys
    }

    static func dialog(yesFocused: Bool, kiosk: Bool) -> ModalDialog {
        ModalDialog(title: LeaveWording.question, body: LeaveWording.consequence(kiosk: kiosk),
                    buttons: ButtonRow([LeaveWording.stay, LeaveWording.leave], focused: yesFocused ? 1 : 0), maxWidth: 56)
    }
}
