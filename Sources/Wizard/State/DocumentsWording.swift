import NSSCore

/// What the documents screen says about the documents' use, once for both front ends.
public enum DocumentsWording {
    /// The procedure's own last instruction, in the seed's words.
    public static let attachInstruction = "ADJUNTA EL ARCHIVO DESCARGADO PARA CONTINUAR CON TU PROCESO Y OBTENER TU FICHA"

    /// What that instruction means, which the web procedure never says: the NSS was asked for by another
    /// procedure, whose office gives the «ficha» once the constancia is attached there.
    public static let fichaExplanation = "Tu «ficha» es el comprobante del trámite para el que te pidieron el NSS "
        + "(tu inscripción, por ejemplo): en ese trámite, adjunta la constancia que guardes aquí."

    /// «Tienes 2 documentos:», before the list.
    public static func count(_ n: Int) -> String {
        n == 1 ? "Tienes un documento:" : "Tienes \(n) documentos:"
    }

    /// The button that shows a QR code per document for the phone.
    public static let phoneAction = "Llevar a mi teléfono"

    /// What the links view says beside the code of `link`, the `index`-th of `count`.
    public static func phoneLinkLines(_ link: DocumentLink, index: Int, count: Int) -> [String] {
        [
            "Documento \(index + 1) de \(count):\n\(link.kind.title)",
            "Lee el código con la cámara de tu teléfono y pulsa «Descargar el PDF».",
            "Sirve una sola vez, hasta las \(MexicoCityTime.hourMinute(link.expiresAt)).",
        ]
    }

    /// Said where the terminal cannot draw the code: the address is there to be typed.
    public static let phoneLinkWithoutCode = "Esta pantalla no puede mostrar el código. Escribe esta dirección en tu teléfono:"

    /// Said when the service gave no links (it has no address a phone can reach).
    public static let noPhoneLinks = "Este equipo no puede dar ligas para tu teléfono. Guarda tus documentos, "
        + "imprímelos o recibe una copia en tu correo."

    public static let help = "Estos son los documentos de tu trámite: la constancia de tu Número de Seguridad "
        + "Social y la tarjeta. Puedes guardarlos en la carpeta de descargas (o en tu memoria USB), imprimirlos "
        + "aquí o recibir otra copia en tu correo.\n\(fichaExplanation)\nCuando acabes, termina: borramos tus "
        + "datos de este equipo."
}
