import Terminal

/// «¿Sigues ahí?»: the last seconds before the idle wipe, on an empty body; any key goes on with
/// the procedure.
enum IdleWarning {
    static let keys = KeyTable([
        KeyBinding([], name: "Cualquier tecla:", meaning: "Continuar con tu trámite", hint: "continuar",
                   command: .activate),
    ])

    static func draw(secondsLeft: Int, on body: Canvas) {
        IdleCountdown(secondsLeft: secondsLeft).draw(on: body)
    }
}
