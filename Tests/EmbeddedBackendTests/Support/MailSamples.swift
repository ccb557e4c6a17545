import EmbeddedBackend
import Foundation

/// Messages for the MIME tests.
enum MailSamples {
    static let constancia = pdf(bytes: 3_000, seed: 1)
    static let tarjeta = pdf(bytes: 1_500, seed: 2)

    /// The result email as the documents issue will send it: text plus two PDFs, one with an accented name.
    static func withAttachments() -> MailMessage {
        MailMessage(
            from: "no-responder@nss-kiosk.localhost", fromName: "IMSS Servicios Digitales", to: ["ana@example.com"],
            subject: "Servicio Digital: Tu Número de Seguridad Social (NSS)", date: Date(timeIntervalSince1970: 1_739_936_907),
            extraHeaders: [MailHeader("X-NSS-Application", "sample")],
            text: "Tu Número de Seguridad Social (NSS) ha sido enviado a tu correo electrónico.\n",
            attachments: [
                MailAttachment(filename: "constancia.pdf", contentType: "application/pdf", data: constancia),
                MailAttachment(filename: "Tarjeta de Número de Seguridad Social.pdf", contentType: "application/pdf",
                               data: tarjeta),
            ])
    }

    /// Bytes that start like a PDF and then cover every byte value.
    static func pdf(bytes: Int, seed: UInt8) -> Data {
        var data = Data("%PDF-1.7\n".utf8)
        data.append(contentsOf: (0..<bytes).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ Int(seed)) })
        return data
    }
}
