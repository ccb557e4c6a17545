import Foundation
import NSSCore

/// The email "PULSA CONTINUAR" sends, worded as the IMSS one of the seed: the link (when a phone can reach
/// it) and, always, the short code to type at the terminal, with the time both stop working.
public enum ConfirmationEmail {
    public static let subject = "Servicio Digital: Solicitud de Asignación o Localización de NSS"
    /// The line that carries the code; `code(in:)` finds it again.
    public static let codeLabel = "Código de confirmación:"

    static func message(to email: String, from sender: String, applicationID: String, link: URL?, code: String,
                        expiresAt: Date, now: Date) -> MailMessage {
        var paragraphs = [
            "A \(MexicoCityTime.dayMonthYear(now))",
            "Estimado(a) Asegurado(a):",
            "Hemos recibido una solicitud de Asignación o Localización de Número de Seguridad Social.",
        ]
        if let link {
            paragraphs += [
                "Se ha detectado que el correo electrónico que estás ingresando no está confirmado, requerimos que "
                    + "accedas a la siguiente liga para confirmar tu correo electrónico:\n\(link.absoluteString)",
                "También puedes escribir este código en la terminal donde iniciaste tu trámite:\n"
                    + "\(codeLabel) \(ConfirmationCode.display(code))",
            ]
        } else {
            paragraphs += [
                "Se ha detectado que el correo electrónico que estás ingresando no está confirmado, requerimos que "
                    + "escribas el siguiente código en la terminal donde iniciaste tu trámite para confirmar tu correo "
                    + "electrónico:\n\(codeLabel) \(ConfirmationCode.display(code))",
            ]
        }
        paragraphs += [
            "\(link == nil ? "El código vence" : "La liga y el código vencen") a las \(MexicoCityTime.hourMinute(expiresAt)) "
                + "del \(MexicoCityTime.dayMonthYear(expiresAt)) (hora del centro de México). Si pides un correo nuevo, "
                + "\(link == nil ? "este código deja" : "esta liga y este código dejan") de funcionar.",
            "Si tú no hiciste esta solicitud, ignora este mensaje.",
            "Instituto Mexicano del Seguro Social",
        ]
        return MailMessage(from: sender, fromName: "IMSS Servicios Digitales", to: [email], subject: subject,
                           date: now, extraHeaders: [
                               MailHeader(MailKind.applicationHeader, applicationID),
                               MailHeader(MailKind.kindHeader, MailKind.confirmation.rawValue),
                           ], text: paragraphs.joined(separator: "\n\n") + "\n")
    }

    /// The code a confirmation email's text carries (`ABCD-EFGH`), as a person would copy it.
    public static func code(in text: String) -> String? {
        guard let line = text.split(separator: "\n").first(where: { $0.hasPrefix(codeLabel) }) else { return nil }
        return line.dropFirst(codeLabel.count).trimmingCharacters(in: .whitespaces)
    }

    /// The confirmation link a confirmation email's text carries, if any.
    public static func link(in text: String) -> URL? {
        text.split(separator: "\n").first { $0.hasPrefix("http://") || $0.hasPrefix("https://") }
            .flatMap { URL(string: String($0).trimmingCharacters(in: .whitespaces)) }
    }
}
