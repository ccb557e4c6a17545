import NSSCore
import Terminal
import Wizard

/// Paso 7 de 9, the procedure's «Paso 2 · Finalizar trámite»: says whether the CURP already has an
/// NSS (localización) or gets a new one (asignación) before the person confirms.
struct FinishProcedureScreen: WizardScreen {
    var title: String { Step.finishProcedure.title }

    func keys(_ state: WizardState) -> KeyTable {
        .wizard(state, enter: Action.next.label(on: .finishProcedure), escape: "Regresar")
    }

    var help: String {
        "Elige «Finalizar trámite» para obtener tu Número de Seguridad Social: si tu CURP ya tiene uno, lo "
            + "localizamos; si no, te asignamos uno nuevo. En los dos casos te lo enviamos por correo con tus "
            + "documentos."
    }

    func draw(_ context: ScreenContext, on body: Canvas) {
        guard let person = context.state.person else { return }
        ProcedureSteps.drawWelcome(person, current: 2, on: body)
        let (explanation, kind) = switch context.state.procedureKindExpected {
        case .localizacion?:
            ("Tu CURP ya tiene un Número de Seguridad Social: lo localizaremos y te enviaremos los documentos.",
             ProcedureKind.localizacion)
        default:
            ("Tu CURP todavía no tiene un Número de Seguridad Social: te asignaremos uno nuevo y te enviaremos "
                + "los documentos.", ProcedureKind.asignacion)
        }
        let rows = Paragraph.draw(explanation, on: body, row: 4)
        body.put("(\(kind.tramiteName))", at: Point(row: 4 + rows + 1, column: ScreenLayout.margin), style: .label)
        Paragraph.draw("Al elegir «Finalizar trámite» quedará registrado con la fecha de hoy.", on: body,
                       row: 4 + rows + 3)
        ActionButtons(remainingIn: context.state).draw(context, on: body, bottomRow: ScreenLayout.buttonsRow)
    }
}
