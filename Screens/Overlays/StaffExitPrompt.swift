import NSSCore
import Terminal
import Wizard

/// The staff exit of a kiosk (Ctrl-X or F12): asks for the staff PIN, shown masked. The right PIN
/// wipes everything and ends the program; a wrong one says so and goes back to the wizard.
enum StaffExitPrompt {
    static let maxLength = 16
    static var wrongPIN: String { StaffExitWording.wrongPIN }
    static var locked: String { StaffExitWording.locked }

    static var keys: KeyTable { KeyTable([
        KeyBinding([.enter], name: "Enter", meaning: Phrase.keysStaffCheck.text, hint: Phrase.keysStaffAccept.text, command: .activate),
        KeyBinding([.escape], name: "Esc", meaning: Phrase.keysStaffBack.text, hint: Phrase.keysStaffCancel.text, command: .perform(.back)),
        KeyBinding([.left], name: "←", meaning: Phrase.keysCursorLeft.text, command: .left),
        KeyBinding([.right], name: "→", meaning: Phrase.keysCursorRight.text, command: .right),
    ] + KeyTable.editing) }

    /// The locked dialog's keys: only these close it; everything else is swallowed.
    static var lockedKeys: KeyTable { KeyTable([
        KeyBinding([.enter], name: "Enter", meaning: Phrase.keysStaffBack.text, hint: Phrase.keysStaffAccept.text, command: .activate),
        KeyBinding([.escape], name: "Esc", meaning: Phrase.keysStaffBack.text, hint: Phrase.keysStaffCancel.text, command: .perform(.back)),
    ]) }

    static func drawLocked(on body: Canvas) {
        _ = ModalDialog(title: Phrase.keysStaffTitle.text, body: locked, maxWidth: 50).draw(on: body)
    }

    static func draw(_ pin: EditableText, on body: Canvas) {
        let frame = ModalDialog(title: Phrase.keysStaffTitle.text,
                                body: Phrase.keysStaffAsk.text + "\n\n", maxWidth: 50).draw(on: body)
        TextField(label: "PIN", text: pin.text, cursor: pin.cursor, isFocused: true, isMasked: true, fieldWidth: 16)
            .draw(on: body, at: Point(row: frame.top + 4, column: frame.left + 2))
    }
}
