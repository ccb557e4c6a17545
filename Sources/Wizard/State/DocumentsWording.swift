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

    public static let help = "Estos son los documentos de tu trámite: la constancia de tu Número de Seguridad "
        + "Social y la tarjeta. Puedes guardarlos en la carpeta de descargas (o en tu memoria USB), imprimirlos "
        + "aquí o recibir otra copia en tu correo.\n\(fichaExplanation)\nCuando acabes, termina: borramos tus "
        + "datos de este equipo."
}
