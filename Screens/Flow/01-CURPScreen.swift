import Terminal
import Wizard

/// Paso 1 de 9: the seed's opening text and the CURP, checked as it is typed; «¿No te sabes tu
/// CURP?» opens the look-up form.
struct CURPScreen: WizardScreen {
    var title: String { Step.curp.title }

    func keys(_ state: WizardState) -> KeyTable {
        .wizard(state, enter: "Continuar", escape: nil)
    }

    var help: String {
        "Escribe tu Clave Única de Registro de Población (CURP): 18 letras y números. Está en tu acta "
            + "de nacimiento, en tu credencial o en gob.mx/curp. Mientras escribes te decimos si falta algo "
            + "o qué está mal.\nSi no la sabes, elige «¿No te sabes tu CURP?» y búscala con tu nombre y tu "
            + "fecha de nacimiento."
    }

    func draw(_ context: ScreenContext, on body: Canvas) {
        Paragraph.draw("Para realizar la consulta o asignación de tu Número de Seguridad Social (NSS), "
                       + "debes tener a la mano:", on: body, row: 1)
        let bullet = body.glyphs.bullet
        body.put("\(bullet) CURP", at: Point(row: 3, column: 4), style: .body)
        body.put("\(bullet) Correo electrónico válido, el cual será asociado a tu CURP",
                 at: Point(row: 4, column: 4), style: .body)
        // No counter beside the field: its 18 slots show how much is typed, and a number that changes
        // with every key costs bytes per key over a slow link.
        FieldView(field: .curp, fieldWidth: 19, messageRows: 2)
            .draw(context, on: body, row: 6)
        ActionButtons.drawInline(.openLookup, context, on: body, at: Point(row: 9, column: ScreenLayout.margin))
        ActionButtons(remainingIn: context.state, placed: [.openLookup])
            .draw(context, on: body, bottomRow: ScreenLayout.buttonsRow, note: ActionButtons.requiredNote)
    }
}
