import FoundationEssentials
import NSSCore
import Wizard

extension PlainSession {
    /// One line typed at `prompt`: a command, or the answer to the question.
    func answer(_ typed: String, to prompt: Prompt) {
        if asksForStaffExit(typed) {
            beginStaffExit()
            return
        }
        // Ctrl-X where there is no staff exit: a line with nothing typed.
        let text = typed == Self.staffExitMarker ? "" : typed.trimmingWhiteSpace()
        if let command = Command.parse(text) {
            run(command, at: prompt)
            return
        }
        switch prompt {
        case .field(let field): answer(text, for: field)
        case .emailSuggestion(let suggestion): answerSuggestion(suggestion, with: text)
        case .matchChoice(let count): chooseMatch(text, among: count)
        case .press(let action):
            if text.isEmpty {
                apply(.perform(action))
            } else {
                speaker.say("Para «\(state.label(of: action))» pulsa Enter sin escribir nada. "
                    + "Escribe :ayuda para ver las demás opciones.")
            }
        }
    }

    /// Puts the answer in the field, reads its status back, and moves on only when it is valid. Enter
    /// alone keeps a valid value already there; otherwise it is an empty answer, which skips an optional
    /// field.
    func answer(_ text: String, for field: FieldID) {
        moveFocus(to: .field(field))
        valueReadBack = field
        if !text.isEmpty || !state.status(of: field).isValid {
            apply(.edit(.clear))
            if !text.isEmpty { apply(.edit(.insert(text))) }
        }
        if text.isEmpty, state.text(field).isEmpty, !field.isRequired {
            skip(field)
            return
        }
        let status = state.status(of: field)
        if status.isValid {
            if let message = status.message { speaker.say(message) }
            if field == .email, let suggestion = state.emailSuggestion {
                offeredSuggestion = suggestion
            } else {
                apply(.activate)
            }
            return
        }
        guard Prompt.form(of: field).count == 1 else {
            speaker.say(status.message ?? "Este dato es obligatorio: \(field.label).")
            return
        }
        // On a screen of one field Enter presses Continuar: the wizard records the attempt and then words
        // exactly what is wrong, empty fields included.
        apply(.activate)
        let insisted = state.status(of: field)
        if Prompt.current(for: state, offeredSuggestion: offeredSuggestion) == .field(field),
           !insisted.isValid, let message = insisted.message {
            speaker.say(message)
        }
    }

    func skip(_ field: FieldID) {
        if field == .confirmationCode {
            speaker.say("Seguimos esperando la confirmación de tu correo. Escribe el código cuando lo tengas.")
        } else {
            apply(.activate)
        }
    }

    func answerSuggestion(_ suggestion: String, with text: String) {
        offeredSuggestion = nil
        switch Diacritics.strip(text).lowercased() {
        case "s", "si":
            apply(.perform(.useEmailSuggestion))
            speaker.say("Usaremos \(suggestion).")
            apply(.perform(.next))
        case "n", "no", "":
            apply(.perform(.next))
        default:
            speaker.say("No entendí tu respuesta.")
            offeredSuggestion = suggestion
        }
    }

    func chooseMatch(_ text: String, among count: Int) {
        if text.isEmpty {
            moveFocus(to: .field(LookupForm.fields[0]))
            speaker.say("Corrige tus datos; Enter conserva cada uno como está.")
        } else if let number = Int(text), (1...count).contains(number) {
            apply(.perform(.chooseMatch(number - 1)))
        } else {
            speaker.say(count == 1 ? "Escribe 1 para usar esa CURP, o pulsa Enter para corregir tus datos."
                                   : "Escribe un número del 1 al \(count), o pulsa Enter para corregir tus datos.")
        }
    }
}
