import Foundation
import NSSCore

/// The email that follows Paso 2: the NSS, the folio and the date ("Tu Número de Seguridad Social (NSS)
/// ha sido enviado a tu correo electrónico"), with the two documents attached ("TAMBIÉN LLEGA UNA COPIA AL
/// CORREO ELECTRÓNICO"). "Enviar copia a mi correo" sends the same message again.
public enum ResultEmail {
    public static let subject = "Servicio Digital: Tu Número de Seguridad Social (NSS)"
    /// The MIME type of the attached documents.
    static let documentType = "application/pdf"

    /// The message for `result`; `documents` are the PDFs of its folio, in the order of the documents table.
    static func message(to email: String, from sender: String, applicationID: String, result: NSSResult,
                        documents: [(kind: DocumentKind, pdf: Data)]) -> MailMessage {
        let list = documents.map { "- \($0.kind.title): \($0.kind.fileName(folio: result.folio))" }
        let paragraphs = [
            "A \(MexicoCityTime.dayMonthYear(result.date))",
            "Estimado(a) Asegurado(a):",
            "Concluiste tu solicitud de Asignación o Localización de Número de Seguridad Social.",
            "Tu Número de Seguridad Social (NSS) es: \(result.nss.formatted)",
            "Tipo de trámite: \(result.kind.tramiteName)\nFolio: \(result.folio.value)\n"
                + "Fecha: \(MexicoCityTime.dayMonthYear(result.date))",
            "Te enviamos adjunta una copia de tus documentos, los mismos que puedes descargar en la pantalla "
                + "Documentos:\n" + list.joined(separator: "\n"),
            "Adjunta el archivo descargado para continuar con tu proceso y obtener tu ficha.",
            "Este Número de Seguridad Social es único, permanente e intransferible.",
            "Ahora que cuentas con tu número de seguridad social, no olvides acudir a la AFORE de tu preferencia a "
                + "registrar tu cuenta individual donde se depositarán tus aportaciones de Ahorro para el Retiro. "
                + "Recuerda que es un dato que solicitará tu patrón o empresa al momento de contratarte.",
            "Instituto Mexicano del Seguro Social",
        ]
        return MailMessage(from: sender, fromName: "IMSS Servicios Digitales", to: [email], subject: subject,
                           date: result.date, extraHeaders: [
                               MailHeader(MailKind.applicationHeader, applicationID),
                               MailHeader(MailKind.kindHeader, MailKind.result.rawValue),
                           ], text: paragraphs.joined(separator: "\n\n") + "\n",
                           attachments: documents.map {
                               MailAttachment(filename: $0.kind.fileName(folio: result.folio), contentType: documentType,
                                              data: $0.pdf)
                           })
    }
}
