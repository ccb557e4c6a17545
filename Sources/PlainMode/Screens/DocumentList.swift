import NSSCore
import Wizard

/// The documents table read as a numbered list, one document a line: Folio, fecha, Documento.
enum DocumentList {
    static func lines(for documents: [DocumentInfo]) -> [String] {
        [DocumentsWording.count(documents.count)]
            + documents.enumerated().map { index, document in
                "\(index + 1). Folio \(document.folio.value), fecha \(MexicoCityTime.dayMonthYear(document.date)), "
                    + document.title
            }
            + ["Pulsa Enter para guardarlos en la carpeta de descargas o en tu memoria USB; escribe "
                + "\(Command.print.typed) para imprimirlos, o \(Command.emailCopy.typed) para recibir otra copia por "
                + "correo. También llega una copia a tu correo.",
               DocumentsWording.attachInstruction + ".", DocumentsWording.fichaExplanation,
               "Cuando acabes, escribe \(Command.finish.typed): borramos tus datos de este equipo."]
    }
}
