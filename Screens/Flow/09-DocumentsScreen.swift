import NSSCore
import Terminal
import Wizard

/// Paso 9 de 9: the seed's table Folio · Fecha · Documento with the constancia and the tarjeta, its
/// last instruction, and every action the wizard offers here: those on the documents (Guardar,
/// Imprimir, Enviar copia a mi correo) under the table, Terminar (wipe and start over) at the bottom.
struct DocumentsScreen: WizardScreen {
    var title: String { Step.documents.title }

    func keys(_ state: WizardState) -> KeyTable {
        .wizard(state, enter: Phrase.keysChoose.text, escape: Phrase.buttonBack.text)
    }

    func draw(_ context: ScreenContext, on body: Canvas) {
        let documents = context.state.documents
        if documents.isEmpty {
            body.put("\(Phrase.screenDocumentsPreparing.text)\(body.glyphs.ellipsis)", at: Point(row: 1, column: ScreenLayout.margin),
                     style: .notice)
        } else {
            Table(columns: [Table.Column(Phrase.screenColumnFolio.text, width: 23), Table.Column(Phrase.screenColumnDate.text, width: 10),
                            Table.Column(Phrase.screenColumnDocument.text)],
                  rows: documents.map { [$0.folio.value, MexicoCityTime.dayMonthYear($0.date), $0.title] })
                .draw(on: body, at: Point(row: 0, column: ScreenLayout.margin - 1))
        }
        let actionRows = ActionButtons(in: context.state) { !ActionButtons.navigation.contains($0) }
            .drawLeading(context, on: body, topRow: 5)
        Paragraph.draw(DocumentsWording.attachInstruction,
                       on: body, row: 6 + actionRows, style: .label)
        ActionButtons(in: context.state) { ActionButtons.navigation.contains($0) }
            .draw(context, on: body, bottomRow: ScreenLayout.buttonsRow)
    }
}
