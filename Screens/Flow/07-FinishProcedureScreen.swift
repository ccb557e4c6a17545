import NSSCore
import Terminal
import Wizard

/// Paso 7 de 9, the procedure's «Paso 2 · Finalizar trámite»: says whether the CURP already has an
/// NSS (localización) or gets a new one (asignación) before the person confirms.
struct FinishProcedureScreen: WizardScreen {
    var title: String { Step.finishProcedure.title }

    func keys(_ state: WizardState) -> KeyTable {
        .wizard(state, enter: Action.next.label(on: .finishProcedure), escape: Phrase.buttonBack.text)
    }

    func draw(_ context: ScreenContext, on body: Canvas) {
        guard let person = context.state.person else { return }
        ProcedureSteps.drawWelcome(person, current: 2, on: body)
        let kind = context.state.procedureKindExpected ?? .asignacion
        let rows = Paragraph.draw(FinishProcedureWording.explanation(kind), on: body, row: 4)
        body.put("(\(FinishProcedureWording.kindName(kind)))", at: Point(row: 4 + rows + 1, column: ScreenLayout.margin), style: .label)
        Paragraph.draw(FinishProcedureWording.registered, on: body, row: 4 + rows + 3)
        ActionButtons(remainingIn: context.state).draw(context, on: body, bottomRow: ScreenLayout.buttonsRow)
    }
}
