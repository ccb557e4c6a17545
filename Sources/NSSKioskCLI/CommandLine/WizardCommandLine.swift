import BackendOptions
import KioskSettings

/// The wizard's command line: `nss-kiosk [run] [OPCIONES]`.
///
/// Parsed here rather than with swift-argument-parser (which the staff tools in `nss-kiosk-backend`
/// use): its reflection-driven parsing cost the wizard 1.5 ms of a ~9 ms start (the first paint
/// must come within 1.5× of dialog's). The table below is the one definition of the options: the parser and
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
        Option(.config) { $0.config = $1 },
        Option(.dataDirectory),
        Option(name: "--plain", value: nil, help: "Modo de líneas, para lectores de pantalla, líneas braille y consolas seriales.") { o, _ in o.plain = true },
        Option(name: "--kiosk", value: nil, help: "Modo quiosco: sin salida a la terminal; al terminar o salir, empieza de nuevo.") { o, _ in o.kiosk = true },
        Option(name: "--mono", value: nil, help: "Sin colores (también con la variable NO_COLOR).") { o, _ in o.mono = true },
        Option(name: "--ascii", value: nil, help: "Solo caracteres ASCII, sin acentos ni líneas.") { o, _ in o.ascii = true },
        Option(.idleSeconds),
        Option(.waitingIdleSeconds),
        Option(.idleWarningSeconds),
        Option(.downloads),
        Option(.printer),
        Option(.language),
        Option(.captchaTestAnswer) { $0.captchaTestAnswer = $1 },
        Option(.publicURL),
        Option(.subdelegation),
        Option(.production),
        Option(.terminal) { $0.terminal = $1 },
        Option(Setting.server),
        Option(Setting.tokenFile),
        Option(name: "--resume", value: nil, help: "Continúa un trámite que esta cuenta dejó interrumpido en este equipo (se cortó la conexión, se cerró la ventana): elige uno de la lista. No en un quiosco.") { o, _ in o.resume = true },
        Option(name: "--answers", value: "archivo", help: "Hace el trámite con las respuestas de un archivo YAML o JSON, tecleadas en cada pantalla (demostraciones, capacitación, pruebas). Ver examples/respuestas.yaml.") { $0.answers = $1 },
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
        try checkCombinations(options)
        return .run(options)
    }

    /// Options that do not go together, said in Spanish.
    static func checkCombinations(_ options: WizardOptions) throws(UsageError) {
        if options.kiosk, options.resume {
            // A kiosk's person walked away: their data is wiped when they finish, leave or stop typing,
            // and the next person must never be offered it.
            throw UsageError(message: "En un quiosco no se continúan trámites interrumpidos (--resume): la persona ya se "
                + "fue, y sus datos se borran al terminar, al salir o tras unos minutos sin teclear. Quien vuelva empieza de "
                + "nuevo; lo que envió sigue guardado y su correo puede confirmarlo.")
        }
        if options.kiosk, options.answers != nil {
            throw UsageError(message: "--answers no se usa en un quiosco: un archivo de respuestas es para demostraciones, "
                + "capacitación y pruebas.")
        }
        if (options.server == nil) != (options.tokenFile == nil) { throw UsageError(message: RemoteService.bothNeeded) }
        if options.server != nil, options.answers != nil {
            // The file's run reads the confirmation code from this machine's outbox; the server's is elsewhere.
            throw UsageError(message: answersWithServer)
        }
        if options.resume, options.answers != nil {
            throw UsageError(message: "--answers y --resume no van juntos: un archivo de respuestas empieza un trámite nuevo.")
        }
    }

    static let answersWithServer = "--answers no se usa con --server: el código de confirmación se lee del buzón de "
        + "salida de este equipo, y el del servidor de la oficina está en él."

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
                 nss-kiosk curp|nss|registry|link|outbox|verify|keys|audit|purge|answers …
                   (herramientas del personal; nss-kiosk SUBCOMANDO --help)

            Teclas: Tab y Shift-Tab cambian de campo, Enter continúa, Esc regresa,
            F1 muestra la ayuda y F10 sale. En modo quiosco, F10 solo borra los datos
            y empieza de nuevo; el personal sale con Ctrl-X (o F12) y el PIN de
            [personal] pin_sha256 del archivo de configuración.

            Configuración: \(KioskSettings.standardFile) (o --config, o la variable
            \(KioskSettings.fileVariable)); las variables NSS_KIOSK_… y las opciones mandan
            sobre el archivo. nss-kiosk config check revisa el archivo.

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
    /// One of the backend's options that is not a setting, as `BackendOption` defines it.
    init(_ option: BackendOption,
         apply: @escaping @Sendable (inout WizardOptions, String) throws(WizardCommandLine.UsageError) -> Void) {
        self.init(name: option.rawValue, value: option.valueName, help: option.help, apply: apply)
    }

    /// A setting's option: checked as the file's value is, and kept as the command line's layer.
    init(_ setting: Setting) {
        let flag = setting.flag ?? setting.name
        self.init(name: flag, value: setting.kind == .flag ? nil : setting.valueName, help: setting.help) { options, text throws(WizardCommandLine.UsageError) in
            switch setting.kind == .flag ? .success(.flag(true)) : setting.parse(text) {
            case .success(let value): options.settings[setting] = value
            case .failure(let problem): throw WizardCommandLine.UsageError(message: Setting.optionMessage(flag, problem))
            }
        }
    }
}
