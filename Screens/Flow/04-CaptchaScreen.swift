import Terminal
import Wizard

/// Paso 4 de 9: the captcha, drawn as text by the backend; its characters typed case by case; «Otra
/// imagen» (F5) for a new one; then Continuar sends the confirmation email.
struct CaptchaScreen: WizardScreen {
    var title: String { Step.captcha.title }

    func keys(_ state: WizardState) -> KeyTable {
        .wizard(state, enter: "Continuar", escape: "Regresar", extra: [
            KeyBinding([.function(5)], name: "F5", meaning: "Otra imagen", hint: "Otra imagen",
                       command: .perform(.refreshCaptcha)),
        ])
    }


    /// Rows of the picture (the embedded backend draws 9).
    static let pictureRows = 9

    func draw(_ context: ScreenContext, on body: Canvas) {
        if let captcha = context.state.captcha {
            let width = captcha.lines.map { body.width(of: $0) }.max() ?? 0
            let column = max(ScreenLayout.margin, (body.size.columns - width) / 2)
            for (offset, line) in captcha.lines.prefix(Self.pictureRows).enumerated() {
                body.put(line, at: Point(row: offset, column: column), style: .body)
            }
        } else {
            body.put("Cargando la imagen\(body.glyphs.ellipsis)", at: Point(row: 4, column: ScreenLayout.margin),
                     style: .notice)
        }
        let field = FieldView(field: .captchaAnswer, fieldWidth: 8, quietHint: CaptchaWording.caseMatters)
        field.draw(context, on: body, row: 9)
        let afterField = ScreenLayout.margin - 1 + field.textField(context).textColumn(on: body) + 8 + 3
        ActionButtons.drawInline(.refreshCaptcha, context, on: body, at: Point(row: 9, column: afterField))
        body.put(CaptchaWording.afterwards(carriesLink: context.state.confirmationCarriesLink),
                 at: Point(row: 11, column: ScreenLayout.margin), style: .label)
        ActionButtons(remainingIn: context.state, placed: [.refreshCaptcha])
            .draw(context, on: body, bottomRow: ScreenLayout.buttonsRow, note: ActionButtons.requiredNote)
    }
}
