import NSSCore
import Wizard

/// The documents table read as a numbered list, one document a line: Folio, fecha, Documento.
enum DocumentList {
    static func lines(for documents: [DocumentInfo]) -> [String] {
        [DocumentsWording.count(documents.count)]
            + documents.enumerated().map { index, document in
                Phrase.lineDocument.text(["n": String(index + 1), "folio": document.folio.value,
                                          "fecha": MexicoCityTime.dayMonthYear(document.date), "documento": document.title])
            }
            + [Phrase.lineDocumentsCommands.text(["imprimir": Command.print.typed, "copia": Command.emailCopy.typed]),
               DocumentsWording.attachInstruction + ".", DocumentsWording.fichaExplanation,
               Phrase.lineDocumentsFinish.text(["orden": Command.finish.typed])]
    }
}
