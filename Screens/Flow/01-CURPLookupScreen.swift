import NSSCore
import Terminal
import Wizard

/// «¿No te sabes tu CURP?», over Paso 1: names, birth date, sex and state of birth; «Buscar» asks
/// the registry, and «Usar esta CURP» takes a match back to the CURP screen.
struct CURPLookupScreen: WizardScreen {
    var title: String { LookupWording.title }

    func keys(_ state: WizardState) -> KeyTable {
        .wizard(state, enter: Phrase.buttonSearchLookup.text, escape: Phrase.buttonCloseLookup.text)
    }


    /// Columns from a label to its field, so the six fields line up.
    static let labelWidth = 35

    /// Columns inside a field's brackets: room for its longest text and the cursor after it.
    static func width(of field: FieldID) -> Int {
        switch field {
        case .lookupBirthDate, .lookupSex: field.maxLength + 1
        case .lookupState: 24
        default: 30
        }
    }

    func draw(_ context: ScreenContext, on body: Canvas) {
        Paragraph.draw(LookupWording.intro, on: body, row: 0)
        var row = 1
        for field in LookupForm.fields {
            let view = FieldView(field: field, fieldWidth: Self.width(of: field), labelWidth: Self.labelWidth)
            if context.isFocused(.field(field)) {
                row += view.draw(context, on: body, row: row)
            } else {
                view.textField(context).draw(on: body, at: Point(row: row, column: ScreenLayout.margin - 1))
                drawMark(view.message(context.state), on: body,
                         at: Point(row: row, column: ScreenLayout.margin + Self.labelWidth + Self.width(of: field) + 3))
                row += 1
            }
        }
        drawMatches(context, on: body, from: row + 1)
        ActionButtons([.searchLookup, .closeLookup])
            .draw(context, on: body, bottomRow: ScreenLayout.buttonsRow, note: ActionButtons.requiredNote)
    }

    /// Beside a field without the focus: ✗ when it is wrong, ✓ and the remark when it has one.
    private func drawMark(_ message: FieldMessage?, on body: Canvas, at point: Point) {
        guard let message else { return }
        switch message.kind {
        case .error: body.put(body.glyphs.cross, at: point, style: .error)
        case .success: body.put("\(body.glyphs.check) \(message.text)", at: point, style: .success)
        case .notice: break
        }
    }

    /// The matches of the last search, each with its «Usar esta CURP», as many as fit before the
    /// buttons (a window around the focused one).
    private func drawMatches(_ context: ScreenContext, on body: Canvas, from row: Int) {
        guard let matches = context.state.lookup?.matches, !matches.isEmpty else { return }
        body.put(LookupWording.found(matches.count), at: Point(row: row, column: ScreenLayout.margin), style: .label)
        let room = max(1, ScreenLayout.buttonsRow - 1 - row)
        let focused = matches.indices.first { context.isFocused(.action(.chooseMatch($0))) } ?? 0
        let first = min(max(0, focused - room + 1), max(0, matches.count - room))
        for (offset, index) in matches.indices.dropFirst(first).prefix(room).enumerated() {
            let line = row + 1 + offset
            let match = matches[index]
            let width = ActionButtons.drawInline(.chooseMatch(index), context, on: body,
                                                 at: Point(row: line, column: ScreenLayout.margin))
            let column = ScreenLayout.margin + width + 2
            body.put("\(match.curp.value)  \(match.fullName)", at: Point(row: line, column: column), style: .body,
                     width: body.size.columns - column - ScreenLayout.margin)
        }
    }
}
