import Terminal
import Wizard

/// «¿Deseas salir?», after Ctrl-C in a staff session: «Sí, salir» wipes everything and ends the
/// program; «No, continuar» (the focus at first, and Esc) goes back to the screen as it was.
enum ExitConfirmation {
    static let keys = KeyTable([
        KeyBinding([.enter], name: "Enter", meaning: "Pulsa el botón elegido", hint: "Elegir", command: .activate),
        KeyBinding([.text("s"), .text("S"), .function(10)], name: "S", meaning: "Sí, salir", hint: "Sí, salir",
                   command: .perform(.exit)),
        KeyBinding([.text("n"), .text("N"), .escape], name: "N", meaning: "No, continuar", hint: "No, continuar",
                   command: .perform(.back)),
        KeyBinding([.tab], name: "Tab", meaning: "Otro botón", command: .focusNext),
        KeyBinding([.backTab], name: "Shift-Tab", meaning: "Otro botón", command: .focusPrevious),
        KeyBinding([.left], name: "←", meaning: "Otro botón", command: .left),
        KeyBinding([.right], name: "→", meaning: "Otro botón", command: .right),
    ])

    static func dialog(yesFocused: Bool) -> ModalDialog {
        ModalDialog(title: "¿Deseas salir?",
                    body: "Si sales ahora, se borrarán los datos que escribiste y el programa terminará. "
                        + "Lo que ya enviaste queda guardado.",
                    buttons: ButtonRow(["No, continuar", "Sí, salir"], focused: yesFocused ? 1 : 0), maxWidth: 56)
    }
}
