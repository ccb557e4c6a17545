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
        if let language = languageAsked(by: text) {
            switchLanguage(to: language)
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
                speaker.say(Phrase.linePressEnterOnly.text(["boton": state.label(of: action), "ayuda": Command.help.typed]))
            }
        }
    }

    /// The language a line such as `:english` asks for: on the first question, one the office offers
    /// other than the current, by the word its own catalogue gives it.
    func languageAsked(by text: String) -> Catalogue? {
        guard state.canSwitchLanguage, text.hasPrefix(":") else { return nil }
        let word = Command.folded(String(text.dropFirst()))
        return state.configuration.languages.offered.first {
            $0.code != state.language.code && Command.folded($0.text(.languageCommand)) == word
        }
    }

    /// Switches to `language` for this person, says so in it, and says the screen again in it.
    func switchLanguage(to language: Catalogue) {
        apply(.perform(.switchLanguage(to: language.code)))
        Catalogue.$current.withValue(state.language) {
            speaker.say(Phrase.languageSwitched.text)
            announceScreen()
        }
        openPrompt = nil
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
            speaker.say(Phrase.lineStillWaiting.text)
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
            speaker.say(Phrase.lineUsing.text(["sugerencia": suggestion]))
            apply(.perform(.next))
        case false?:
            apply(.perform(.next))
        case nil:
            speaker.say(Phrase.lineNotUnderstood.text)
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
            speaker.say(Phrase.lineGoingOn.text)
        case nil:
            speaker.say(Phrase.lineLeaveAgain.text)
        }
    }

    /// The person's language's yes (s/sí in Spanish, understood in every language) is yes, its no or
    /// nothing is no; anything else is not an answer.
    static func yesOrNo(_ text: String) -> Bool? {
        let answer = Command.folded(text)
        let yes: [Phrase] = [.lineYes, .lineYesWord], no: [Phrase] = [.lineNo, .lineNoWord]
        func among(_ phrases: [Phrase]) -> Bool {
            phrases.contains { Command.folded($0.text) == answer || Command.folded(Catalogue.spanish.text($0)) == answer }
        }
        if answer.isEmpty || among(no) { return false }
        return among(yes) ? true : nil
    }

    /// A number of the resume list goes on with that application; Enter alone starts a new procedure.
    func chooseApplication(_ text: String, among count: Int) {
        if text.isEmpty {
            apply(.perform(.startNew))
        } else if let number = Int(text), (1...count).contains(number) {
            apply(.perform(.resumeApplication(number - 1)))
        } else {
            speaker.say(count == 1 ? Phrase.lineResumeRetryOne.text : Phrase.lineResumeRetryMany.text(["n": String(count)]))
        }
    }

    func chooseMatch(_ text: String, among count: Int) {
        if text.isEmpty {
            moveFocus(to: .field(LookupForm.fields[0]))
            speaker.say(Phrase.lineCorrectData.text)
        } else if let number = Int(text), (1...count).contains(number) {
            apply(.perform(.chooseMatch(number - 1)))
        } else {
            speaker.say(count == 1 ? Phrase.lineMatchRetryOne.text : Phrase.lineMatchRetryMany.text(["n": String(count)]))
        }
    }
}
