import NSSCore
import Terminal
import Wizard

/// Paso 9 de 9: the seed's table Folio · Fecha · Documento with the constancia and the tarjeta, its
/// last instruction, and every action the wizard offers here (Terminar wipes and starts over).
struct DocumentsScreen: WizardScreen {
    var title: String { Step.documents.title }

    func keys(_ state: WizardState) -> KeyTable {
        .wizard(state, enter: "Elegir", escape: "Regresar")
    }

    var help: String {
        "Estos son los documentos de tu trámite: la constancia de tu Número de Seguridad Social y la "
            + "tarjeta. Adjunta el archivo descargado para continuar con tu proceso y obtener tu ficha.\n"
            + "Elige «Terminar» cuando acabes: borramos tus datos de esta terminal."
    }

    func draw(_ context: ScreenContext, on body: Canvas) {
        let documents = context.state.documents
        if documents.isEmpty {
            body.put("Preparando tus documentos\(body.glyphs.ellipsis)", at: Point(row: 1, column: ScreenLayout.margin),
                     style: .notice)
        } else {
            Table(columns: [Table.Column("Folio", width: 23), Table.Column("Fecha", width: 10),
                            Table.Column("Documento")],
                  rows: documents.map { [$0.folio.value, MexicoCityDate.dayMonthYear($0.date), $0.title] })
                .draw(on: body, at: Point(row: 0, column: ScreenLayout.margin - 1))
        }
        Paragraph.draw("ADJUNTA EL ARCHIVO DESCARGADO PARA CONTINUAR CON TU PROCESO Y OBTENER TU FICHA",
                       on: body, row: 6, style: .label)
        ActionButtons(remainingIn: context.state).draw(context, on: body, bottomRow: 12)
    }
}
