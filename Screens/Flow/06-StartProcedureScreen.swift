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

    var help: String {
        "Revisa que los datos sean los tuyos, tal como están registrados para tu CURP, y elige «Iniciar "
            + "trámite». Si algo no es correcto, elige «Salir» y acude a tu oficina del Registro Civil o del IMSS."
    }

    func draw(_ context: ScreenContext, on body: Canvas) {
        guard let person = context.state.person else { return }
        ProcedureSteps.drawWelcome(person, current: 1, on: body)
        body.put("Revisa tus datos, tal como están registrados para tu CURP:",
                 at: Point(row: 4, column: ScreenLayout.margin), style: .body)
        let rows: [(String, String)] = [
            ("CURP", person.curp.value),
            ("Nombre(s)", person.givenNames),
            ("Primer apellido", person.firstSurname ?? ""),
            ("Segundo apellido", person.secondSurname ?? ""),
            ("Sexo", person.sex.spanishName),
            ("Fecha de nacimiento", person.birthDate.dayMonthYear),
            ("Lugar de nacimiento", person.birthState.name),
        ]
        for (offset, (label, value)) in rows.enumerated() {
            body.put(label, at: Point(row: 5 + offset, column: 4), style: .label)
            body.put(value, at: Point(row: 5 + offset, column: 26), style: .body, width: body.size.columns - 28)
        }
        ActionButtons(remainingIn: context.state).draw(context, on: body, bottomRow: ScreenLayout.buttonsRow)
    }
}
