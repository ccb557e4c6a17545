import EmbeddedBackend
import NSSCore

/// What a phone shows at a document's link: the document and a button that takes it (a preview of the
/// link, which only reads the page, spends nothing), or why the link works no more.
enum DocumentLinkPage {
    static func page(_ state: DocumentLinkState) -> PhonePage {
        switch state {
        case .ready(let kind, let folio, let expiresAt):
            PhonePage(title: kind.title, paragraphs: [
                "Folio \(folio.value).",
                "Esta liga sirve para descargar el documento una sola vez, hasta las \(MexicoCityTime.hourMinute(expiresAt)).",
                "Guárdalo en tu teléfono: es el archivo que adjuntarás para obtener tu ficha.",
            ], good: true, button: "Descargar el PDF")
        case .used:
            PhonePage(title: "Esta liga ya se usó", paragraphs: [
                "El documento ya se descargó con esta liga, y cada liga sirve una sola vez.",
                "Si no lo tienes, en la terminal elige «\(phoneAction)» para obtener ligas nuevas, o «Enviar copia a mi correo».",
            ], good: false)
        case .expired:
            PhonePage(title: "La liga caducó", paragraphs: [
                "Esta liga ya no funciona porque pasó su tiempo.",
                "En la terminal elige «\(phoneAction)» para obtener ligas nuevas, o «Enviar copia a mi correo».",
            ], good: false)
        case .unknown:
            PhonePage(title: "Liga no reconocida", paragraphs: [
                "Esta liga no corresponde a ningún documento. Revisa que esté completa, o vuelve a leer el código de la terminal.",
            ], good: false)
        }
    }

    /// When the store could not be reached.
    static func failure(reference: String) -> PhonePage {
        PhonePage(title: "No pudimos darte el documento", paragraphs: [
            "El servicio tuvo un problema (referencia \(reference)). Tu liga sigue sirviendo: ábrela de nuevo en unos minutos.",
        ], good: false)
    }

    /// The name of the terminal's button, as the wizard labels it.
    static var phoneAction: String { Phrase.buttonPhoneLinks.text }
}
