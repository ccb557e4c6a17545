import Foundation
import NSSCore

/// The email that follows Paso 2: the NSS, the folio and the date ("Tu Número de Seguridad Social (NSS)
/// ha sido enviado a tu correo electrónico"), with the two documents attached ("TAMBIÉN LLEGA UNA COPIA AL
/// CORREO ELECTRÓNICO"). "Enviar copia a mi correo" sends the same message again. Written in the language
/// the person was reading (`mail.*` of its catalogue); the documents, official, stay in Spanish.
public enum ResultEmail {
    /// The subject in Spanish (the reference catalogue's).
    public static var subject: String { Catalogue.spanish.text(.mailResultSubject) }
    /// The MIME type of the attached documents.
    static let documentType = "application/pdf"

    /// The message for `result`; `documents` are the PDFs of its folio, in the order of the documents table.
    static func message(to email: String, from sender: String, applicationID: String, result: NSSResult,
                        documents: [(kind: DocumentKind, pdf: Data)], in catalogue: Catalogue = .spanish) -> MailMessage {
        func say(_ phrase: Phrase, _ values: KeyValuePairs<String, String> = [:]) -> String { catalogue.text(phrase, values) }
        let date = MexicoCityTime.dayMonthYear(result.date)
        let list = documents.map { "- \($0.kind.title): \($0.kind.fileName(folio: result.folio))" }
        let kind = say(result.kind == .asignacion ? .procedureAsignacion : .procedureLocalizacion)
        let paragraphs = [
            say(.mailDateLine, ["fecha": date]),
            say(.mailGreeting),
            say(.mailResultConcluded),
            say(.mailResultNss, ["nss": result.nss.formatted]),
            [say(.mailResultKind, ["tipo": kind]), say(.mailResultFolio, ["folio": result.folio.value]),
             say(.mailResultDate, ["fecha": date])].joined(separator: "\n"),
            say(.mailResultAttached) + "\n" + list.joined(separator: "\n"),
            say(.mailResultAttachFile),
            say(.mailResultUnique),
            say(.mailResultAfore),
            say(.mailSignature),
        ]
        return MailMessage(from: sender, fromName: "IMSS Servicios Digitales", to: [email],
                           subject: say(.mailResultSubject), date: result.date, extraHeaders: [
                               MailHeader(MailKind.applicationHeader, applicationID),
                               MailHeader(MailKind.kindHeader, MailKind.result.rawValue),
                               MailHeader(MailKind.languageHeader, catalogue.code),
                           ], text: paragraphs.joined(separator: "\n\n") + "\n",
                           attachments: documents.map {
                               MailAttachment(filename: $0.kind.fileName(folio: result.folio), contentType: documentType,
                                              data: $0.pdf)
                           })
    }
}
