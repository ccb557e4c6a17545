import ArgumentParser
import FoundationEssentials
import NSSCore
import ProcessKit

#if canImport(Glibc)
import Glibc
#endif

/// Words ArgumentParser's usage errors and help pages in Spanish and gives them exit status 2, as the staff tools
/// promise; the program's own errors keep their status and never print a stack trace.
public enum SpanishUsageErrors {
    static let translations: [(String, String)] = [
        ("Missing expected argument", "Falta el argumento obligatorio"),
        ("Unknown option", "Opción desconocida"),
        ("Did you mean", "¿Quisiste decir"),
        ("Unexpected argument", "Argumento inesperado"),
        ("Unexpected arguments", "Argumentos inesperados"),
        ("Missing value for", "Falta el valor de"),
        ("The value", "El valor"),
        ("is invalid for", "no es válido para"),
        ("Please provide one of", "Indica uno de"),
        ("Error: ", ""),
        ("Usage:", "Uso:"),
        ("See ", "Consulta "),
        (" for more information.", " para más información."),
        ("Help:", "Ayuda:"),
        // The help pages' own words.
        ("OVERVIEW:", "DESCRIPCIÓN:"),
        ("USAGE:", "USO:"),
        ("ARGUMENTS:", "ARGUMENTOS:"),
        ("OPTIONS:", "OPCIONES:"),
        ("SUBCOMMANDS:", "SUBCOMANDOS:"),
        ("Show help information.", "Muestra esta ayuda."),
        ("(default: ", "(por omisión: "),
        (" for detailed help.", " para la ayuda de cada uno."),
        ("<subcommand>", "<subcomando>"),
    ]

    public static func translate(_ message: String) -> String {
        translations.reduce(message) { $0.replacing($1.0, with: $1.1) }
    }

    /// Runs the command line and never returns.
    public static func main<Root: ParsableCommand>(_ root: Root.Type) async -> Never {
        do {
            var command = try root.parseAsRoot()
            if var asyncCommand = command as? AsyncParsableCommand {
                try await asyncCommand.run()
            } else {
                try command.run()
            }
            exit(0)
        } catch {
            fail(with: error, root)
        }
    }

    private static func fail<Root: ParsableCommand>(with error: any Error, _ root: Root.Type) -> Never {
        if let failure = error as? CommandFailure {
            say(failure.message)
            exit(failure.status.rawValue)
        }
        if let failure = error as? BackendError {
            say(failure.message)   // in Spanish, with the reference staff look for in the log
            exit(1)
        }
        let code = root.exitCode(for: error)
        let message = root.fullMessage(for: error)
        if code == .success {
            StandardStream.write(UnsafeText.escapedLines(translate(message)) + "\n")
            exit(0)
        }
        if code == .validationFailure {
            say(translate(message))
            exit(2)
        }
        if !message.isEmpty { say(translate(message)) }
        exit(code.rawValue)
    }

    /// Writes one message for staff to standard error. Whatever it quotes (a path, a value typed on the
    /// command line, a name from a file) may hold escape sequences: they are shown, never obeyed.
    public static func say(_ message: String) {
        StandardStream.write("nss-kiosk: " + UnsafeText.escapedLines(message) + "\n", to: STDERR_FILENO)
    }
}
