import NSSCore
import Wizard

extension PlainSession {
    /// A ":palabra" typed at `prompt`.
    func run(_ parsed: Command.Parsed, at prompt: Prompt) {
        switch parsed {
        case .unknown(let typed):
            speaker.say(Phrase.lineUnknownCommand.text(["orden": typed, "ayuda": Command.help.typed]))
        case .known(let command) where !isAvailable(command, at: prompt):
            speaker.say(Phrase.lineUnavailableCommand.text(["orden": command.typed, "ayuda": Command.help.typed]))
        case .known(.help):
            speaker.say(help(at: prompt))
        case .known(.repeatValue):
            repeatAloud(prompt)
        case .known(.clear):
            guard case .field(let field) = prompt else { return }
            moveFocus(to: .field(field))
            apply(.edit(.clear))
            speaker.say(Phrase.lineCleared.text(["campo": field.label]))
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
            speaker.say(state.notice.map(Self.wording) ?? Phrase.lineChangesNothing.text(["orden": typed]))
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
        lines.append(Phrase.lineCommandsHere.text)
        lines += Command.allCases.filter { isAvailable($0, at: prompt) }.map { $0.explanation(inLookup: state.lookup != nil) }
        if case .field(let field) = prompt {
            if !state.text(field).isEmpty {
                lines.append(Phrase.lineEnterKeeps.text)
            } else if !field.isRequired, Prompt.form(of: field).count > 1 {
                lines.append(Phrase.lineEnterSkips.text)
            }
        }
        return lines
    }

    /// ":repetir": the value of the field being asked, or the screen again when nothing is typed here.
    func repeatAloud(_ prompt: Prompt) {
        switch prompt {
        case .field(let field):
            let value = state.text(field)
            speaker.say(value.isEmpty ? Phrase.lineStillEmpty.text(["campo": field.label])
                                       : Phrase.lineCurrentValue.text(["campo": field.label, "valor": value]))
        case .emailSuggestion(let suggestion):
            speaker.say(Phrase.fieldStatusEmailSuggestion.text(["sugerencia": suggestion]))
        case .matchChoice:
            speaker.say(MatchList.lines(for: state.lookup?.matches ?? []))
        case .confirmLeave(let kiosk):
            speaker.say(LeaveWording.consequence(kiosk: kiosk))
        case .press, .resumeChoice:
            speaker.say(ScreenAnnouncement.lines(for: state, testCaptchaAnswer: options.testCaptchaAnswer))
        }
    }
}
