import Wizard

extension PlainSession {
    /// A ":palabra" typed at `prompt`.
    func run(_ parsed: Command.Parsed, at prompt: Prompt) {
        switch parsed {
        case .unknown(let typed):
            speaker.say("No conozco el comando \(typed). Escribe :ayuda para ver los comandos.")
        case .known(let command) where !isAvailable(command, at: prompt):
            speaker.say("\(command.typed) no está disponible en este paso. Escribe :ayuda para ver lo que puedes hacer aquí.")
        case .known(.help):
            speaker.say(help(at: prompt))
        case .known(.repeatValue):
            repeatAloud(prompt)
        case .known(.clear):
            guard case .field(let field) = prompt else { return }
            moveFocus(to: .field(field))
            apply(.edit(.clear))
            speaker.say("Se borró «\(field.label)».")
        case .known(.exit):
            requestLeave(interrupted: false)
        case .known(let command):
            guard let action = command.action else { return }
            press(action, typedAs: command.typed)
        }
    }

    /// A button reached by its command; says so when pressing it changed nothing.
    func press(_ action: Action, typedAs typed: String) {
        let before = state
        apply(.perform(action))
        if !ended, state == before {
            speaker.say(state.notice.map(Self.wording) ?? "\(typed) no cambia nada en este paso.")
        }
    }

    func isAvailable(_ command: Command, at prompt: Prompt) -> Bool {
        switch command {
        case .help, .repeatValue, .exit: true
        case .clear: if case .field = prompt { true } else { false }
        case .back: state.lookup != nil || state.resumeChoice != nil || state.step != .curp
        case .spelled: state.canSwitchCaptcha(to: .spelled)
        case .picture: state.canSwitchCaptcha(to: .picture)
        case .otherCaptcha, .resend, .changeEmail, .search, .save, .print, .emailCopy, .phone, .finish:
            command.action.map { state.focusOrder.contains(.action($0)) } ?? false
        }
    }

    func help(at prompt: Prompt) -> [String] {
        // The step's help, in the words of the screen's F1, then what can be typed here.
        var lines = state.stepHelp.split(separator: "\n").map(String.init)
        lines.append("Comandos disponibles aquí:")
        lines += Command.allCases.filter { isAvailable($0, at: prompt) }.map { $0.explanation(inLookup: state.lookup != nil) }
        if case .field(let field) = prompt {
            if !state.text(field).isEmpty {
                lines.append("Enter sin escribir nada conserva el valor actual.")
            } else if !field.isRequired, Prompt.form(of: field).count > 1 {
                lines.append("Enter sin escribir nada deja vacío este dato opcional.")
            }
        }
        return lines
    }

    /// ":repetir": the value of the field being asked, or the screen again when nothing is typed here.
    func repeatAloud(_ prompt: Prompt) {
        switch prompt {
        case .field(let field):
            let value = state.text(field)
            speaker.say(value.isEmpty ? "«\(field.label)» todavía está vacío." : "Valor actual de «\(field.label)»: \(value)")
        case .emailSuggestion(let suggestion):
            speaker.say("¿Quisiste decir \(suggestion)?")
        case .matchChoice:
            speaker.say(MatchList.lines(for: state.lookup?.matches ?? []))
        case .confirmLeave(let kiosk):
            speaker.say(LeaveWording.consequence(kiosk: kiosk))
        case .press, .resumeChoice:
            speaker.say(ScreenAnnouncement.lines(for: state, testCaptchaAnswer: options.testCaptchaAnswer))
        }
    }
}
