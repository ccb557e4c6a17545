import NSSCore
import Terminal
import Wizard

/// Paso 6 de 9, the procedure's «Paso 1 · Iniciar trámite»: «Bienvenido: NOMBRE» and the data the
/// registry holds for the CURP, to review before going on.
struct StartProcedureScreen: WizardScreen {
    var title: String { Step.startProcedure.title }

    func keys(_ state: WizardState) -> KeyTable {
        .wizard(state, enter: Action.next.label(on: .startProcedure), escape: nil)
    }

    func draw(_ context: ScreenContext, on body: Canvas) {
        guard let person = context.state.person else { return }
        ProcedureSteps.drawWelcome(person, current: 1, on: body)
        body.put(StartProcedureWording.review, at: Point(row: 4, column: ScreenLayout.margin), style: .body)
        for (offset, (label, value)) in StartProcedureWording.data(of: person).enumerated() {
            body.put(label, at: Point(row: 5 + offset, column: 4), style: .label)
            body.put(value, at: Point(row: 5 + offset, column: 28), style: .body, width: body.size.columns - 30)
        }
        ActionButtons(remainingIn: context.state).draw(context, on: body, bottomRow: ScreenLayout.buttonsRow)
    }
}
