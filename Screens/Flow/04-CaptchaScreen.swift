import NSSCore
import Terminal
import Wizard

/// Paso 4 de 9: the captcha, drawn as text by the backend — or spelled, for whoever cannot see it (F6);
/// its characters typed; «Otra imagen» (F5) for a new one; then PULSA CONTINUAR sends the confirmation
/// email.
struct CaptchaScreen: WizardScreen {
    var title: String { Step.captcha.title }

    func keys(_ state: WizardState) -> KeyTable {
        .wizard(state, enter: Phrase.buttonNext.text, escape: Phrase.buttonBack.text, extra: [
            KeyBinding([.function(6)], name: "F6", meaning: CaptchaWording.switchMeaning(to: state.captchaKind.other),
                       hint: CaptchaWording.switchLabel(to: state.captchaKind.other),
                       command: .perform(.switchCaptcha(to: state.captchaKind.other))),
            KeyBinding([.function(5)], name: "F5", meaning: state.label(of: .refreshCaptcha),
                       hint: state.label(of: .refreshCaptcha), command: .perform(.refreshCaptcha)),
        ])
    }


    func draw(_ context: ScreenContext, on body: Canvas) {
        CaptchaChallengeView.draw(context, on: body)
        let field = FieldView(field: .captchaAnswer, fieldWidth: 8,
                              quietHint: CaptchaWording.caseRule(context.state.captchaKind))
        field.draw(context, on: body, row: 9)
        let afterField = ScreenLayout.margin - 1 + field.textField(context).textColumn(on: body) + 8 + 3
        ActionButtons.drawInline(.refreshCaptcha, context, on: body, at: Point(row: 9, column: afterField))
        body.put(CaptchaWording.afterwards(carriesLink: context.state.confirmationCarriesLink),
                 at: Point(row: 11, column: ScreenLayout.margin), style: .label)
        ActionButtons(remainingIn: context.state, placed: [.refreshCaptcha])
            .draw(context, on: body, bottomRow: ScreenLayout.buttonsRow, note: ActionButtons.requiredNote)
    }
}
