import NSSCore
import Terminal

/// «¿Sigues ahí?»: the last seconds before the idle wipe, on an empty body; any key goes on with
/// the procedure.
enum IdleWarning {
    static var keys: KeyTable { KeyTable([
        KeyBinding([], name: Phrase.keysNameAny.text, meaning: Phrase.keysIdleContinue.text, hint: Phrase.keysIdleHint.text,
                   command: .activate),
    ]) }

    static func draw(secondsLeft: Int, on body: Canvas) {
        IdleCountdown(secondsLeft: secondsLeft).draw(on: body)
    }
}
