import NSSCore
import Terminal
import Wizard

/// Paso 1 de 9: the seed's opening text and the CURP, checked as it is typed; «¿No te sabes tu
/// CURP?» opens the look-up form.
struct CURPScreen: WizardScreen {
    var title: String { Step.curp.title }

    func keys(_ state: WizardState) -> KeyTable {
        .wizard(state, enter: Phrase.buttonNext.text, escape: nil, extra: languageKey(state))
    }

    /// F2: the next language the office offers, named in itself («English»), for this person only.
    private func languageKey(_ state: WizardState) -> [KeyBinding] {
        guard let next = state.nextLanguage else { return [] }
        return [KeyBinding([.function(2)], name: "F2", meaning: Phrase.keysLanguage.text(["idioma": next.name]),
                           hint: next.name, command: .perform(.switchLanguage(to: next.code)))]
    }

    func draw(_ context: ScreenContext, on body: Canvas) {
        Paragraph.draw(CURPWording.youWillNeed, on: body, row: 1)
        let bullet = body.glyphs.bullet
        for (offset, item) in CURPWording.needed.enumerated() {
            body.put("\(bullet) \(item)", at: Point(row: 3 + offset, column: 4), style: .body)
        }
        // No counter beside the field: its 18 slots show how much is typed, and a number that changes
        // with every key costs bytes per key over a slow link.
        FieldView(field: .curp, fieldWidth: 19, messageRows: 2)
            .draw(context, on: body, row: 6)
        ActionButtons.drawInline(.openLookup, context, on: body, at: Point(row: 9, column: ScreenLayout.margin))
        ActionButtons(remainingIn: context.state, placed: [.openLookup])
            .draw(context, on: body, bottomRow: ScreenLayout.buttonsRow, note: ActionButtons.requiredNote)
    }
}
