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
                "\(index + 1). Folio \(document.folio.value), fecha \(MexicoCityTime.dayMonthYear(document.date)), "
                    + document.title
            }
            + ["Pulsa Enter para guardarlos en la carpeta de descargas o en tu memoria USB; escribe "
                + "\(Command.print.typed) para imprimirlos, o \(Command.emailCopy.typed) para recibir otra copia por "
                + "correo. También llega una copia a tu correo."
                + (phoneLinks ? " Con \(Command.phone.typed) te damos una liga por documento para tu teléfono." : ""),
               DocumentsWording.attachInstruction + ".", DocumentsWording.fichaExplanation,
               "Cuando acabes, escribe \(Command.finish.typed): borramos tus datos de este equipo."]
    }
}
