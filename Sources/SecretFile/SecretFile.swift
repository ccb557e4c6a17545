import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// A small file that holds secrets (credentials): read only when it is a regular file that nobody but
/// its owner may read or write, as `ssh` asks of a private key.
public enum SecretFile {
    /// Why a secret file is refused, in Spanish for staff.
    public struct Refusal: Error, CustomStringConvertible, Equatable {
        public let message: String
        public var description: String { message }

        public init(message: String) { self.message = message }
    }

    /// The largest secret file read.
    public static let largest = 64 * 1024

    /// The text of the file at `path`; `what` names it in the messages («la credencial», «el archivo de
    /// credenciales»).
    public static func read(_ path: String, what: String) throws(Refusal) -> String {
        let shown = String(path.unicodeScalars.filter { $0.value >= 0x20 && $0.value != 0x7F }.map(Character.init))
        var info = stat()
        guard stat(path, &info) == 0 else {
            throw Refusal(message: "No se pudo leer \(what) «\(shown)»: \(reason(errno)).")
        }
        guard info.st_mode & S_IFMT == S_IFREG else { throw Refusal(message: "\(capitalized(what)) «\(shown)» no es un archivo.") }
        guard info.st_mode & 0o077 == 0 else {
            throw Refusal(message: "\(capitalized(what)) «\(shown)» la pueden leer otros usuarios (modo "
                + "\(String(info.st_mode & 0o777, radix: 8))): déjala sólo para su dueño con «chmod 600 \(shown)».")
        }
        guard info.st_size <= largest else { throw Refusal(message: "\(capitalized(what)) «\(shown)» es demasiado grande.") }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw Refusal(message: "No se pudo leer \(what) «\(shown)».")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw Refusal(message: "\(capitalized(what)) «\(shown)» no es texto UTF-8.")
        }
        return text
    }

    /// Why a file could not be opened, in Spanish: the C library's words are English where no Spanish locale
    /// is installed (an office server's usual case), and staff read this.
    private static func reason(_ code: Int32) -> String {
        switch code {
        case ENOENT: "no existe"
        case EACCES: "no tienes permiso para leerlo"
        case ENOTDIR: "una parte de la ruta no es una carpeta"
        case ELOOP: "la ruta da vueltas entre enlaces simbólicos"
        case ENAMETOOLONG: "la ruta es demasiado larga"
        default: String(cString: strerror(code))
        }
    }

    private static func capitalized(_ text: String) -> String {
        text.prefix(1).uppercased() + text.dropFirst()
    }
}
