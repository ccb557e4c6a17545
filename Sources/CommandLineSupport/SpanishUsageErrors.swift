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
    /// Every message ArgumentParser (1.x, `Usage/UsageGenerator.swift` and `HelpGenerator.swift`) can
    /// show a person, in the order they are replaced: longer phrases before the shorter ones they contain.
    static let translations: [(String, String)] = [
        ("Missing expected argument", "Falta el argumento obligatorio"),
        ("Missing one of: ", "Falta uno de: "),
        ("Missing required subcommand.", "Falta el subcomando."),
        ("Unknown option", "Opción desconocida"),
        ("Did you mean", "¿Quisiste decir"),
        ("Invalid option: ", "Opción no válida: "),
        (" unexpected arguments: ", " argumentos inesperados: "),
        ("Unexpected argument", "Argumento inesperado"),
        ("Unexpected arguments", "Argumentos inesperados"),
        ("Missing value for", "Falta el valor de"),
        ("The option ", "La opción "),
        (" does not take any value, but ", " no lleva valor, pero se escribió "),
        ("' was specified.", "'."),
        ("Value to be set with ", "El valor de "),
        (" had already been set with ", " ya se había dado con "),
        ("flag '", "la opción '"),
        ("position ", "la posición "),
        ("   or: ", "    o: "),
        ("The value", "El valor"),
        ("is invalid for", "no es válido para"),
        ("Please provide one of", "Indica uno de"),
        ("Internal error.", "Error interno."),
        ("Parsing command-line arguments hit unimplemented code path.", "No se pudo leer la línea de órdenes."),
        ("Invalid state while parsing command-line arguments.", "No se pudo leer la línea de órdenes."),
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
        ("Show the version.", "Muestra la versión."),
        ("(values: ", "(valores: "),
        ("default as flag: ", "por omisión como opción: "),
        ("; default: ", "; por omisión: "),
        (" (default)", " (por omisión)"),
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
