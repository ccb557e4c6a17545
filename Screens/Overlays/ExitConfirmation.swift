import Terminal
import Wizard

/// «¿Deseas salir?», whenever leaving would wipe something of the person (the wizard's one rule,
/// `WizardState.leavingNeedsConfirmation`, for Salir, F10 and Ctrl-C alike): «Sí, salir» wipes everything
/// and ends the program, or at a kiosk starts over; «No, continuar» (the focus at first, and Esc) goes
/// back to the screen as it was.
enum ExitConfirmation {
    static let keys = KeyTable([
        KeyBinding([.enter], name: "Enter", meaning: "Pulsa el botón elegido", hint: "Elegir", command: .activate),
        KeyBinding([.text("s"), .text("S"), .function(10)], name: "S", meaning: LeaveWording.leave, hint: LeaveWording.leave,
                   command: .perform(.exit)),
        KeyBinding([.text("n"), .text("N"), .escape], name: "N", meaning: LeaveWording.stay, hint: LeaveWording.stay,
                   command: .perform(.back)),
        KeyBinding([.tab], name: "Tab", meaning: "Otro botón", command: .focusNext),
        KeyBinding([.backTab], name: "Shift-Tab", meaning: "Otro botón", command: .focusPrevious),
        KeyBinding([.left], name: "←", meaning: "Otro botón", command: .left),
        KeyBinding([.right], name: "→", meaning: "Otro botón", command: .right),
    ])

    static func dialog(yesFocused: Bool, kiosk: Bool) -> ModalDialog {
        ModalDialog(title: LeaveWording.question, body: LeaveWording.consequence(kiosk: kiosk),
                    buttons: ButtonRow([LeaveWording.stay, LeaveWording.leave], focused: yesFocused ? 1 : 0), maxWidth: 56)
    }
}
