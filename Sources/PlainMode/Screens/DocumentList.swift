import NSSCore
import Wizard

/// The documents table read as a numbered list, one document a line: Folio, fecha, Documento.
enum DocumentList {
    static func lines(for documents: [DocumentInfo]) -> [String] {
        let count = documents.count == 1 ? "Tienes un documento:" : "Tienes \(documents.count) documentos:"
        return [count]
            + documents.enumerated().map { index, document in
                "\(index + 1). Folio \(document.folio.value), fecha \(MexicoCityTime.dayMonthYear(document.date)), "
                    + document.title
            }
            + ["Escribe :guardar para guardarlos en la carpeta de descargas o en tu memoria USB, :imprimir para "
                + "imprimirlos, o :copia para recibir otra copia por correo. También llega una copia a tu correo.",
               DocumentsWording.attachInstruction + ".", DocumentsWording.fichaExplanation]
    }
}
