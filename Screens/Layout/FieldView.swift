import Terminal
import Wizard

/// A field of the wizard on screen: its label (with `*` when required), the text and cursor the
/// wizard holds, and right under it what `status(of:)` says while the person types.
struct FieldView {
    var field: FieldID
    /// Columns inside the brackets.
    var fieldWidth: Int
    /// Columns from the label to the bracket, so the fields of a form line up.
    var labelWidth: Int?
    /// Said under the field while its status has nothing to say ("Usa mayúsculas y minúsculas.").
    var quietHint: String?
    /// Rows the message under the field may take.
    var messageRows = 1

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
        return TextField(label: field.label, text: editable.text, cursor: editable.cursor,
                         isFocused: context.isFocused(.field(field)), isRequired: field.isRequired,
                         fieldWidth: fieldWidth, labelWidth: labelWidth)
    }

    /// What goes under the field: what is wrong, what is missing, what is right, or the quiet hint.
    func message(_ state: WizardState) -> FieldMessage? {
        switch state.status(of: field) {
        case .untouched: quietHint.map { FieldMessage(.notice, $0) }
        case .incomplete(let text): FieldMessage(.notice, text)
        case .invalid(let text): FieldMessage(.error, text)
        case .valid(let text?) where field == .email && state.emailSuggestion != nil: FieldMessage(.notice, text)
        case .valid(let text?): FieldMessage(.success, text)
        case .valid(nil): quietHint.map { FieldMessage(.notice, $0) }
        }
    }
}
