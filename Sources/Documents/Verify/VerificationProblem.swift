import NSSCore

/// One reason a document is not valid, worded for the person checking it.
public enum VerificationProblem: Hashable, Sendable {
    /// The certificate given to check with could not be read.
    case certificateUnreadable(reason: String)
    /// The file could not be read as a PDF.
    case pdfUnreadable(reason: String)
    /// The PDF does not carry a sealed record (not made by nss-kiosk, or its metadata was removed).
    case recordMissing(reason: String)
    /// The document was sealed with another certificate.
    case numeroDeSerieMismatch(document: String, certificate: String)
    /// The Sello Digital is not the certificate key's signature of the cadena original.
    case selloDigitalInvalid
    /// The cadena original does not have the IMSS form.
    case cadenaOriginalMalformed
    /// A field differs from what the sealed cadena original says.
    case cadenaOriginalMismatch(field: DocumentField, inCadena: String, inDocument: String)
    /// The Sello complementario does not verify: sexo, nacimiento, secuencia notarial or número de
    /// serie were changed.
    case selloComplementarioInvalid
    /// The file is larger than any document `verify` accepts; it was not read.
    case fileTooLarge(bytes: Int, limit: Int)
    /// The file carries no PDF signature.
    case signatureMissing
    /// The PDF signature does not cover the file as it is, or is not the certificate key's.
    case signatureInvalid(reason: String)

    /// The field the problem is about, if any.
    public var field: DocumentField? {
        switch self {
        case .cadenaOriginalMismatch(let field, _, _): field
        default: nil
        }
    }

    public var message: String {
        switch self {
        case .certificateUnreadable(let reason):
            "No se pudo leer el certificado: \(reason)."
        case .pdfUnreadable(let reason):
            "No se pudo leer el PDF: \(reason)."
        case .recordMissing(let reason):
            "No se puede verificar: \(reason)."
        case .numeroDeSerieMismatch(let document, let certificate):
            "El Número de Serie del documento (\(document)) no es el del certificado (\(certificate)): no fue sellado con este certificado."
        case .selloDigitalInvalid:
            "El Sello Digital no corresponde a la cadena original: los datos fueron alterados o el sello no es de este certificado."
        case .cadenaOriginalMalformed:
            "La cadena original no tiene la forma del IMSS."
        case .cadenaOriginalMismatch(let field, let inCadena, let inDocument):
            "\(field.label): el documento dice «\(Self.clip(inDocument))», pero la cadena original sellada dice «\(Self.clip(inCadena))»."
        case .selloComplementarioInvalid:
            "El sello complementario no corresponde: el sexo, la fecha o el lugar de nacimiento, la secuencia notarial o el número de serie fueron alterados."
        case .fileTooLarge(let bytes, let limit):
            "El archivo mide \(SpanishCount.of(bytes, "byte", "bytes")), más de los \(limit) que puede medir un documento de nss-kiosk: no se leyó."
        case .signatureMissing:
            "El archivo no lleva la firma digital con la que se emiten los documentos."
        case .signatureInvalid(let reason):
            "La firma digital del archivo no es válida: \(reason)."
        }
    }

    private static func clip(_ text: String) -> String {
        text.count <= 80 ? text : String(text.prefix(77)) + "…"
    }
}
