import NSSCore
/// The kiosk's idle warning: «¿Sigues ahí?» and the seconds left before everything personal
/// is wiped and the wizard starts again.
public struct IdleCountdown: Hashable, Sendable {
    public var secondsLeft: Int

    public init(secondsLeft: Int) {
        self.secondsLeft = max(0, secondsLeft)
    }

    /// The time left as m:ss ("0:27").
    public var remaining: String {
        let seconds = secondsLeft % 60
        return "\(secondsLeft / 60):\(seconds < 10 ? "0" : "")\(seconds)"
    }

    public var dialog: ModalDialog {
        ModalDialog(
            title: Phrase.screenIdleTitle.text,
            body: Phrase.screenIdleBody.text(["tiempo": remaining]),
            maxWidth: 58)
    }

    @discardableResult
    public func draw(on canvas: Canvas) -> Rect {
        dialog.draw(on: canvas)
    }
}
