import Terminal
import Wizard

extension KioskApp {
    /// How long the screen of a wrong answer stays on view before the program ends.
    static let stoppedScriptShown: Duration = .milliseconds(1500)

    /// A file of answers (`--answers`): its next move, made with the keys a person would press — Tab to
    /// the field or button, Ctrl-U, the characters, Enter — so every screen checks it as it checks a
    /// person. Nothing is typed while something is open over the screen or the idle warning shows.
    mutating func playScript() -> LoopReaction {
        guard let script = options.script, !scriptHandedOver else { return .unchanged }
        if let stopped = scriptStoppedAt {
            guard clock.now - stopped >= Self.stoppedScriptShown else { return .unchanged }
            // Wiped before the end, as Salir would: the application is left, nothing stays on screen.
            _ = apply(.perform(.exit))
            return .finish
        }
        guard overlay == nil, idleWarningSeconds == nil else { return .unchanged }
        switch script.next(in: state) {
        case .wait, .fetchCode:
            return .unchanged
        case .type(let field, let text):
            var reaction = reach(.field(field))
            for key in [Key.control("U")] + text.map({ Key.text(String($0)) }) + [.enter] {
                reaction = merge(reaction, press(key))
            }
            return reaction
        case .press(let action):
            return merge(reach(.action(action)), press(.enter))
        case .stop:
            scriptStoppedAt = clock.now
            return .changed
        case .done(let endsProgram):
            if endsProgram { return .finish }
            scriptHandedOver = true
            return .changed
        }
    }

    /// Tab until `target` has the focus (the focus order may change on the way, as it does for a person).
    private mutating func reach(_ target: Focusable) -> LoopReaction {
        var reaction = LoopReaction.unchanged
        for _ in 0..<(2 * state.focusOrder.count) where state.focus != target {
            reaction = merge(reaction, press(.tab))
        }
        return reaction
    }
}
