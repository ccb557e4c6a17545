import Foundation
import NSSCore

/// A configuration the embedded backend refuses to run with, explained in Spanish for whoever installs it.
public enum EmbeddedConfigurationError: Error, Hashable, Sendable, CustomStringConvertible, LocalizedError {
    /// A fixed captcha answer was given to a production configuration.
    case testAnswerInProduction
    /// The fixed captcha answer has characters the captcha font cannot draw, or is too long.
    case testAnswerNotDrawable(String)
    /// The subdelegation is not a two-digit code 01–99.
    case subdelegation(Int)
    /// The public base URL is not an http(s) address with a host.
    case publicBaseURL(String)
    /// The sender address of the email is not a valid address.
    case mailSender(String)
    /// The sendmail command does not start with an absolute path to the program.
    case sendmailCommand(String)

    /// What was given is shown, never obeyed: it may hold a line break or an escape sequence.
    public var description: String {
        switch self {
        case .testAnswerInProduction:
            "Una configuración de producción no acepta una respuesta fija de captcha (modo de prueba). "
                + "Quita la respuesta de prueba o usa una configuración que no sea de producción."
        case .testAnswerNotDrawable(let answer):
            "La respuesta de prueba del captcha «\(UnsafeText.escaped(answer))» no se puede dibujar: usa de 1 a "
                + "\(CaptchaAlphabet.maximumTestAnswerLength) caracteres de «\(CaptchaAlphabet.symbols)»."
        case .subdelegation(let value):
            "La subdelegación debe ser un número de 01 a 99, no \(value)."
        case .publicBaseURL(let text):
            "La dirección pública «\(UnsafeText.escaped(text))» debe empezar con http:// o https:// y llevar un servidor."
        case .mailSender(let text):
            "El remitente del correo «\(UnsafeText.escaped(text))» no es una dirección de correo válida."
        case .sendmailCommand(let text):
            "El comando para enviar correo «\(UnsafeText.escaped(text))» debe empezar con la ruta completa del programa, "
                + "por ejemplo /usr/sbin/sendmail -t -i."
        }
    }

    public var errorDescription: String? { description }
}
