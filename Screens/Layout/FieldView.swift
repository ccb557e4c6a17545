import Terminal
import Wizard

/// A field of the wizard on screen: its label (with `*` when required), the text and cursor the
/// wizard holds, a `✓` beside it once it is right, and under it the field's hint — the same words at
/// every key — or what `status(of:)` says is wrong. While a person types, only the field changes.
struct FieldView {
    var field: FieldID
    /// Columns inside the brackets.
    var fieldWidth: Int
    /// Columns from the label to the bracket, so the fields of a form line up.
    var labelWidth: Int?
    /// The hint under the field in place of the wizard's own (`WizardState.typingHint`).
    var quietHint: String?
    /// Rows the message under the field may take.
    var messageRows = 1

    /// Fields whose «right» needs no words: the `✓` beside the field says «CURP válida», «Los correos
    /// coinciden».
    private static let confirmedByTheMark: Set<FieldID> = [.curp, .emailConfirmation]

    /// Draws the field at `row` and its message under it; returns the rows used.
    @discardableResult
    func draw(_ context: ScreenContext, on body: Canvas, row: Int) -> Int {
        let widget = textField(context)
        let left = ScreenLayout.margin - 1
        widget.draw(on: body, at: Point(row: row, column: left))
        guard let message = message(context.state) else { return 1 }
        let column = left + widget.textColumn(on: body)
        return 1 + message.draw(on: body, at: Point(row: row + 1, column: column),
                                width: body.size.columns - column - ScreenLayout.margin, maxRows: messageRows)
    }

    func textField(_ context: ScreenContext) -> TextField {
        let editable = context.state.editable(field)
        var isRight = false
        if case .valid(_?) = context.state.status(of: field), Self.confirmedByTheMark.contains(field) { isRight = true }
        return TextField(label: field.label, text: editable.text, cursor: editable.cursor,
                         isFocused: context.isFocused(.field(field)), isRequired: field.isRequired,
                         fieldWidth: fieldWidth, labelWidth: labelWidth, isRight: isRight)
    }

    /// What goes under the field: what is wrong, a remark (the entity found, a suggested correction),
    /// or the field's hint, which stays while the field is empty, half typed or right.
    func message(_ state: WizardState) -> FieldMessage? {
        let hint = (quietHint ?? WizardState.typingHint(field)).map { FieldMessage(.notice, $0) }
        switch state.status(of: field) {
        case .untouched, .incomplete, .valid(nil): return hint
        case .invalid(let text): return FieldMessage(.error, text)
        case .valid(_?) where Self.confirmedByTheMark.contains(field): return hint
        case .valid(let text?) where field == .email && state.emailSuggestion != nil: return FieldMessage(.notice, text)
        case .valid(let text?): return FieldMessage(.success, text)
        }
    }
}
