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
        if case .confirmLeave = prompt {
            answerLeave(text)
            return
        }
        if let command = Command.parse(text) {
            run(command, at: prompt)
            return
        }
        switch prompt {
        case .field(let field): answer(text, for: field)
        case .emailSuggestion(let suggestion): answerSuggestion(suggestion, with: text)
        case .matchChoice(let count): chooseMatch(text, among: count)
        case .resumeChoice(let count): chooseApplication(text, among: count)
        case .confirmLeave: break
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
    /// field. An answer is the person done with the field: what is wrong with it is said now, as the
    /// screens say it when the person leaves a field.
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
        guard Prompt.form(of: field).count == 1 else {
            apply(.check(field))
            let status = state.status(of: field)
            if let message = status.message { speaker.say(message) }
            if status.isValid { apply(.activate) }
            return
        }
        if field != .email, let message = state.status(of: field).message, state.status(of: field).isValid {
            speaker.say(message)   // «CURP válida.», «Los correos coinciden.»
        }
        // On a screen of one field Enter presses Continuar: the wizard checks the field and then words
        // exactly what is wrong, empty fields included — or offers a correction of the email.
        apply(.activate)
        let checked = state.status(of: field)
        if currentPrompt == .field(field), !checked.isValid, let message = checked.message {
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

    /// The email's suggested correction, offered by the wizard's one rule: s takes it, n (or Enter) keeps
    /// the email as typed; both go on.
    func answerSuggestion(_ suggestion: String, with text: String) {
        switch Self.yesOrNo(text) {
        case true?:
            apply(.perform(.useEmailSuggestion))
            speaker.say("Usaremos \(suggestion).")
            apply(.perform(.next))
        case false?:
            apply(.perform(.next))
        case nil:
            speaker.say("No entendí tu respuesta.")
        }
    }

    /// «¿Deseas salir?»: s leaves (and wipes), n or Enter goes back to the question that was open.
    func answerLeave(_ text: String) {
        switch Self.yesOrNo(text) ?? (Command.parse(text) == .known(.exit) ? true : nil) {
        case true?:
            confirmingLeave = false
            apply(.perform(.exit))
        case false?:
            confirmingLeave = false
            speaker.say("Seguimos con tu trámite.")
        case nil:
            speaker.say("Escribe s para salir, o n para seguir con tu trámite.")
        }
    }

    /// s/sí is yes, n/no or nothing is no; anything else is not an answer.
    static func yesOrNo(_ text: String) -> Bool? {
        switch Diacritics.strip(text).lowercased() {
        case "s", "si": true
        case "n", "no", "": false
        default: nil
        }
    }

    /// A number of the resume list goes on with that application; Enter alone starts a new procedure.
    func chooseApplication(_ text: String, among count: Int) {
        if text.isEmpty {
            apply(.perform(.startNew))
        } else if let number = Int(text), (1...count).contains(number) {
            apply(.perform(.resumeApplication(number - 1)))
        } else {
            speaker.say(count == 1 ? "Escribe 1 para continuar ese trámite, o pulsa Enter para empezar uno nuevo."
                                   : "Escribe un número del 1 al \(count), o pulsa Enter para empezar uno nuevo.")
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
