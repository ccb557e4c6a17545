import NSSCore

/// Why the terminal could not be started. `message` is a one-line Spanish sentence for the
/// person at the terminal; the program prints it and exits with status 2.
public enum TerminalError: Error, Hashable, Sendable, CustomStringConvertible {
    /// Standard input or output is not a terminal (a pipe, a file, cron).
    case notATerminal
    /// TERM is unset, empty, or names a terminal type this system does not know.
    case unknownTerminal(String?)
    /// The terminal type is known but cannot place the cursor (TERM=dumb, a printer).
    case unsupportedTerminal(String)

    public var message: String {
        switch self {
        case .notATerminal:
            "nss-kiosk necesita una terminal interactiva: la entrada o la salida no es una terminal."
        case .unknownTerminal(nil), .unknownTerminal(""):
            "La variable TERM no está definida; prueba TERM=xterm-256color."
        case .unknownTerminal(let name?):
            "Terminal «\(UnsafeText.replaced(name))» desconocida; prueba TERM=xterm-256color."
        case .unsupportedTerminal(let name):
            "La terminal «\(UnsafeText.replaced(name))» no puede mover el cursor; usa una terminal de pantalla completa."
        }
    }

    public var description: String { message }
}
