/// What can go wrong making, sealing or reading the documents, worded for the person at the
/// kiosk or the staff who keep it. No message carries personal data.
public enum DocumentError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The seal's folder could not be created or is not a folder.
    case keyDirectory(path: String, reason: String)
    /// The seal's key file exists but could not be read or written.
    case keyFile(path: String, reason: String)
    /// The seal's key file holds no usable key and certificate.
    case keyFileInvalid(path: String, reason: String)
    /// The cryptographic library could not make a key, a certificate or a signature.
    case cryptography(reason: String)
    /// cairo could not produce the PDF.
    case rendering(reason: String)
    /// A QR payload held characters outside printable ASCII.
    case qrPayloadNotASCII
    /// libqrencode could not encode the payload.
    case qrEncodingFailed

    public var message: String {
        switch self {
        case .keyDirectory(let path, let reason):
            "No se pudo preparar la carpeta del sello digital (\(path)): \(reason)."
        case .keyFile(let path, let reason):
            "No se pudo leer o guardar la llave del sello digital (\(path)): \(reason)."
        case .keyFileInvalid(let path, let reason):
            "El archivo del sello digital (\(path)) no contiene una llave y un certificado válidos: \(reason)."
        case .cryptography(let reason):
            "No se pudo calcular el sello digital: \(reason)."
        case .rendering(let reason):
            "No se pudo generar el documento PDF: \(reason)."
        case .qrPayloadNotASCII:
            "El contenido del código QR debe ser texto ASCII."
        case .qrEncodingFailed:
            "No se pudo generar el código QR."
        }
    }

    public var description: String { message }
}
