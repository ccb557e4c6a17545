import Terminal
import Wizard

/// The staff exit of a kiosk (Ctrl-X or F12): asks for the staff PIN, shown masked. The right PIN
/// wipes everything and ends the program; a wrong one says so and goes back to the wizard.
enum StaffExitPrompt {
    static let maxLength = 16
    static let wrongPIN = StaffExitWording.wrongPIN
    static let locked = StaffExitWording.locked

    static let keys = KeyTable([
        KeyBinding([.enter], name: "Enter", meaning: "Comprueba el PIN", hint: "Aceptar", command: .activate),
        KeyBinding([.escape], name: "Esc", meaning: "Regresa al trámite", hint: "Cancelar", command: .perform(.back)),
        KeyBinding([.left], name: "←", meaning: "Cursor a la izquierda", command: .left),
        KeyBinding([.right], name: "→", meaning: "Cursor a la derecha", command: .right),
    ] + KeyTable.editing)

    /// The locked dialog's keys: only these close it; everything else is swallowed.
    static let lockedKeys = KeyTable([
        KeyBinding([.enter], name: "Enter", meaning: "Regresa al trámite", hint: "Aceptar", command: .activate),
        KeyBinding([.escape], name: "Esc", meaning: "Regresa al trámite", hint: "Cancelar", command: .perform(.back)),
    ])

    static func drawLocked(on body: Canvas) {
        _ = ModalDialog(title: "Salida del personal", body: locked, maxWidth: 50).draw(on: body)
    }

    static func draw(_ pin: EditableText, on body: Canvas) {
        let frame = ModalDialog(title: "Salida del personal",
                                body: "Escribe el PIN del personal y pulsa Enter.\n\n", maxWidth: 50).draw(on: body)
        TextField(label: "PIN", text: pin.text, cursor: pin.cursor, isFocused: true, isMasked: true, fieldWidth: 16)
            .draw(on: body, at: Point(row: frame.top + 4, column: frame.left + 2))
    }
}
