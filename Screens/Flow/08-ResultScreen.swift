import NSSCore
import Terminal
import Wizard

/// Paso 8 de 9: «Tu NSS es:» in large digits grouped SS AA NN CCCC D, and the seed's sentence
/// about the email when it was sent (otherwise that it will arrive).
struct ResultScreen: WizardScreen {
    var title: String { Step.result.title }

    func keys(_ state: WizardState) -> KeyTable {
        .wizard(state, enter: Action.next.label(on: .result), escape: nil)
    }

    func draw(_ context: ScreenContext, on body: Canvas) {
        guard let result = context.state.result else { return }
        let heading = ResultWording.heading
        body.put(heading, at: Point(row: 0, column: ScreenLayout.margin), style: .label)
        body.put("(\(FinishProcedureWording.kindName(result.kind)))",
                 at: Point(row: 0, column: ScreenLayout.margin + body.width(of: heading) + 2), style: .body)
        let digits = BigDigits(result.nss.digits)
        let rows = digits.draw(on: body, at: Point(row: 2, column: max(ScreenLayout.margin,
                                                                        (body.size.columns - digits.width) / 2)))
        Paragraph.draw(context.state.resultEmailSentence, on: body, row: 2 + rows + 1)
        ActionButtons(remainingIn: context.state).draw(context, on: body, bottomRow: ScreenLayout.buttonsRow)
    }
}
