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
    /// `--store` is not a PostgreSQL URL this program can use.
    case storeURL(String)
    /// The PostgreSQL server of `--store` (shown without its password) could not be reached, or refused the
    /// user or the database.
    case storeUnreachable(String)
    /// Too few or too many connections to the store.
    case storeConnections(Int)

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
        case .storeURL(let text):
            "La dirección de la base de datos «\(UnsafeText.escaped(text))» no es válida: escribe "
                + "postgresql://usuario@/base?host=/carpeta/del/socket o postgresql://usuario:contraseña@servidor:5432/base."
        case .storeUnreachable(let shown):
            "No se pudo conectar con la base de datos «\(UnsafeText.escaped(shown))»: revisa que el servidor PostgreSQL "
                + "esté en marcha y que la dirección, el usuario y la base de datos sean correctos."
        case .storeConnections(let count):
            "Las conexiones a la base de datos deben ser de 1 a \(PostgresStore.maximumConnections), no \(count)."
        }
    }

    public var errorDescription: String? { description }
}
