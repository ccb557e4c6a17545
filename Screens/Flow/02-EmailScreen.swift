import NSSCore
import Terminal
import Wizard

/// Paso 2 de 9: the email that will be tied to the CURP; a likely typo of a common domain gets a
/// suggestion that one button accepts, and nothing changes without the person's say.
struct EmailScreen: WizardScreen {
    var title: String { Step.email.title }

    func keys(_ state: WizardState) -> KeyTable {
        .wizard(state, enter: Phrase.buttonNext.text, escape: Phrase.buttonBack.text)
    }

    func draw(_ context: ScreenContext, on body: Canvas) {
        // The CURP as the wizard reads it: uppercase, without the spaces or dashes it was typed with.
        let curp = context.state.curp?.value ?? context.state.text(.curp)
        let written = body.put("CURP: \(curp) ", at: Point(row: 1, column: ScreenLayout.margin), style: .body)
        body.put(body.glyphs.check, at: Point(row: 1, column: ScreenLayout.margin + written), style: .success)
        let field = FieldView(field: .email, fieldWidth: 44, messageRows: 2)
        var row = 3 + field.draw(context, on: body, row: 3)
        if context.state.focusOrder.contains(.action(.useEmailSuggestion)) {
            let column = ScreenLayout.margin - 1 + field.textField(context).textColumn(on: body)
            ActionButtons.drawInline(.useEmailSuggestion, context, on: body, at: Point(row: row, column: column))
            row += 1
        }
        Paragraph.draw(EmailWording.promise(carriesLink: context.state.confirmationCarriesLink),
                       on: body, row: max(row + 1, 7))
        ActionButtons(remainingIn: context.state, placed: [.useEmailSuggestion])
            .draw(context, on: body, bottomRow: ScreenLayout.buttonsRow, note: ActionButtons.requiredNote)
    }
}
