import NSSCore
import Wizard

/// The documents table read as a numbered list, one document a line: Folio, fecha, Documento.
enum DocumentList {
    /// The documents of `state`, and what can be done with them there («:telefono» where a phone can
    /// reach the links).
    static func lines(in state: WizardState) -> [String] {
        let documents = state.documents
        let phoneLinks = state.focusOrder.contains(.action(.phoneLinks))
        return [DocumentsWording.count(documents.count)]
            + documents.enumerated().map { index, document in
                Phrase.lineDocument.text(["n": String(index + 1), "folio": document.folio.value,
                                          "fecha": MexicoCityTime.dayMonthYear(document.date), "documento": document.title])
            }
            + [Phrase.lineDocumentsCommands.text(["imprimir": Command.print.typed, "copia": Command.emailCopy.typed])
                + (phoneLinks ? " " + Phrase.lineDocumentsPhone.text(["orden": Command.phone.typed]) : ""),
               DocumentsWording.attachInstruction + ".", DocumentsWording.fichaExplanation,
               Phrase.lineDocumentsFinish.text(["orden": Command.finish.typed])]
    }
}
