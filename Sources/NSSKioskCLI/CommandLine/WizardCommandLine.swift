import BackendOptions

/// The wizard's command line: `nss-kiosk [run] [OPCIONES]`.
///
/// Parsed here rather than with swift-argument-parser (which the staff tools in `nss-kiosk-backend`
/// use): its reflection-driven parsing cost the wizard 1.5 ms of a ~9 ms start (issue 3's first-paint
/// target is 1.5× dialog's). The table below is the one definition of the options: the parser and
/// `--help` both read it.
enum WizardCommandLine {
    /// What the command line asks for.
    enum Request: Equatable {
        case run(WizardOptions)
        case help
    }

    /// A usage error, in Spanish, for exit status 2.
    struct UsageError: Error, Equatable {
        let message: String
    }

    /// One option: its name, the value it takes (nil for a flag), its help, and what it sets.
    struct Option: Sendable {
        let name: String
        let value: String?
        let help: String
        let apply: @Sendable (inout WizardOptions, String) throws(UsageError) -> Void
    }

    static let options: [Option] = [
        Option(.data) { $0.dataDirectory = $1 },
        Option(name: "--plain", value: nil, help: "Modo de líneas, para lectores de pantalla, líneas braille y consolas seriales.") { o, _ in o.plain = true },
        Option(name: "--kiosk", value: nil, help: "Modo quiosco: sin salida a la terminal; al terminar o salir, empieza de nuevo.") { o, _ in o.kiosk = true },
        Option(name: "--mono", value: nil, help: "Sin colores (también con la variable NO_COLOR).") { o, _ in o.mono = true },
        Option(name: "--ascii", value: nil, help: "Solo caracteres ASCII, sin acentos ni líneas.") { o, _ in o.ascii = true },
        Option(name: "--idle", value: "s", help: "Segundos sin teclear antes de borrar los datos de la persona (por omisión 180; al menos 30).") { options, text throws(UsageError) in
            guard let seconds = Int(text) else { throw UsageError(message: "El valor «\(text)» no es válido para --idle: escribe un número de segundos.") }
            guard seconds >= 30 else { throw UsageError(message: "--idle debe ser de al menos 30 segundos.") }
            options.idleSeconds = seconds
        },
        Option(name: "--downloads", value: "carpeta", help: "Carpeta donde «Guardar» deja los documentos (en un quiosco, la memoria USB). Por omisión ~/Descargas.") { $0.downloads = $1 },
        Option(.captchaTestAnswer) { $0.captchaTestAnswer = $1 },
        Option(.publicURL) { $0.publicURL = $1 },
        Option(.subdelegation) { options, text throws(UsageError) in
            guard let number = Subdelegation.parse(text) else { throw UsageError(message: Subdelegation.invalidMessage(text)) }
            options.subdelegation = number
        },
        Option(.production) { o, _ in o.production = true },
        Option(.terminal) { $0.terminal = $1 },
        Option(.server) { $0.server = $1 },
        Option(.tokenFile) { $0.tokenFile = $1 },
    ]

    /// Reads the arguments after the program's name. `--name value` and `--name=value` both work; an
    /// optional first word `run` is the same command.
    static func parse(_ arguments: [String]) throws(UsageError) -> Request {
        var options = WizardOptions()
        var rest = arguments[...]
        if rest.first == "run" { rest = rest.dropFirst() }
        if rest.first == "help" { return .help }
        while let argument = rest.popFirst() {
            if argument == "--help" || argument == "-h" { return .help }
            let (name, attached) = split(argument)
            guard let option = option(named: name) else {
                throw UsageError(message: argument.hasPrefix("-")
                    ? "Opción desconocida «\(name)»." : "Argumento inesperado «\(argument)».")
            }
            var value = ""
            if option.value != nil {
                if let attached {
                    value = attached
                } else if let next = rest.popFirst() {
                    value = next
                } else {
                    throw UsageError(message: "Falta el valor de \(name) <\(option.value!)>.")
                }
            } else if attached != nil {
                throw UsageError(message: "\(name) no lleva valor.")
            }
            try option.apply(&options, value)
        }
        if (options.server == nil) != (options.tokenFile == nil) { throw UsageError(message: RemoteService.bothNeeded) }
        return .run(options)
    }

    private static func split(_ argument: String) -> (name: String, value: String?) {
        guard argument.hasPrefix("--"), let equals = argument.firstIndex(of: "=") else { return (argument, nil) }
        return (String(argument[..<equals]), String(argument[argument.index(after: equals)...]))
    }

    private static func option(named name: String) -> Option? {
        options.first { $0.name == name }
    }

    /// `nss-kiosk --help`.
    static var help: String {
        var text = """
            Asignación o Localización de Número de Seguridad Social (NSS), paso a paso
            en la terminal.

            Uso: nss-kiosk [run] [opciones]
                 nss-kiosk curp|nss|registry|link|outbox|verify|keys …
                   (herramientas del personal; nss-kiosk SUBCOMANDO --help)

            Teclas: Tab y Shift-Tab cambian de campo, Enter continúa, Esc regresa,
            F1 muestra la ayuda y F10 sale. En modo quiosco, F10 solo borra los datos
            y empieza de nuevo; el personal sale con Ctrl-X (o F12) y el PIN de
            «pin_personal» en DATOS/kiosk.conf.

            Opciones:

            """
        for option in options {
            text += entry(option.value.map { "\(option.name) <\($0)>" } ?? option.name, option.help)
        }
        return text + entry("-h, --help", "Muestra esta ayuda.")
    }

    /// One option of the help: its name in a column of 32, its text wrapped to 80 columns beside it.
    private static func entry(_ label: String, _ help: String) -> String {
        let indent = 32
        var lines: [String] = []
        var line = ""
        for word in help.split(separator: " ") {
            if !line.isEmpty && indent + line.count + 1 + word.count > 80 {
                lines.append(line)
                line = ""
            }
            line += (line.isEmpty ? "" : " ") + word
        }
        lines.append(line)
        let head = "  " + label
        let first = head.count < indent ? head + String(repeating: " ", count: indent - head.count) : head + "\n" + String(repeating: " ", count: indent)
        return first + lines.joined(separator: "\n" + String(repeating: " ", count: indent)) + "\n"
    }
}

extension WizardCommandLine.Option {
    /// One of the backend's options, as `BackendOption` defines it (passed on to the service).
    init(_ option: BackendOption,
         apply: @escaping @Sendable (inout WizardOptions, String) throws(WizardCommandLine.UsageError) -> Void) {
        let help = option.defaultValue.map { "\(option.help) Por omisión \($0)." } ?? option.help
        self.init(name: option.rawValue, value: option.valueName, help: help, apply: apply)
    }
}
