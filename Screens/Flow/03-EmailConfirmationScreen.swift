import NSSCore
import Terminal
import Wizard

/// Paso 3 de 9: the email typed again, compared while it is typed.
struct EmailConfirmationScreen: WizardScreen {
    var title: String { Step.emailConfirmation.title }

    func keys(_ state: WizardState) -> KeyTable {
        .wizard(state, enter: Phrase.buttonNext.text, escape: Phrase.buttonBack.text)
    }

    func draw(_ context: ScreenContext, on body: Canvas) {
        let label = FieldID.email.label
        body.put(label, at: Point(row: 1, column: ScreenLayout.margin), style: .label)
        let field = FieldView(field: .emailConfirmation, fieldWidth: 38, labelWidth: 33, messageRows: 2)
        let column = ScreenLayout.margin - 1 + field.textField(context).textColumn(on: body)
        body.put(context.state.text(.email), at: Point(row: 1, column: column), style: .body,
                 width: body.size.columns - column - ScreenLayout.margin)
        field.draw(context, on: body, row: 3)
        Paragraph.draw(EmailConfirmationWording.ask, on: body, row: 7)
        ActionButtons(remainingIn: context.state)
            .draw(context, on: body, bottomRow: ScreenLayout.buttonsRow, note: ActionButtons.requiredNote)
    }
}
