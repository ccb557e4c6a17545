/// One thing an office may set about its kiosks, in one place for the three ways it can be said: the
/// configuration file (`/etc/nss-kiosk/config.toml`), the environment, and the command line. The
/// command line wins over the environment, the environment over the file, the file over the default.
///
/// The name in the file is `section.key` (`[inactividad]` `segundos = 180`); in the environment it is
/// `NSS_KIOSK_` and the same words in capitals joined by `_` (`NSS_KIOSK_INACTIVIDAD_SEGUNDOS=180`).
public enum Setting: String, CaseIterable, Sendable, Codable {
    case dataDirectory
    case publicURL
    case subdelegation
    case production
    case downloads
    case printer
    case idleSeconds
    case waitingIdleSeconds
    case idleWarningSeconds
    case staffPINDigest
    case language
    case languagesFolder
    case server
    case tokenFile
    case serverCallsPerMinute
    case serverSubmissionsPerCURP
    case store
    case storeConnections
    case serverIdleSeconds
    case serverConnections

    /// What kind of value the setting takes, as the file writes it.
    public enum Kind: Sendable {
        case text, integer, flag

        /// A value of the kind, after «no»: «no un texto».
        var noun: String {
            switch self {
            case .text: "un texto"
            case .integer: "un número entero"
            case .flag: "true o false"
            }
        }

        /// The kind as a person reads it, after «debe ser».
        public var described: String {
            switch self {
            case .text: "un texto entre comillas"
            case .integer: "un número entero, sin comillas"
            case .flag: "true o false, sin comillas"
            }
        }
    }

    /// The table of the file it lives in (nil: the top of the file) and its key there.
    public var fileKey: (table: String?, key: String) {
        switch self {
        case .dataDirectory: ("datos", "carpeta")
        case .publicURL: ("servicio", "url_publica")
        case .subdelegation: ("servicio", "subdelegacion")
        case .production: ("servicio", "produccion")
        case .downloads: ("documentos", "descargas")
        case .printer: ("documentos", "impresora")
        case .idleSeconds: ("inactividad", "segundos")
        case .waitingIdleSeconds: ("inactividad", "segundos_en_espera")
        case .idleWarningSeconds: ("inactividad", "aviso")
        case .staffPINDigest: ("personal", "pin_sha256")
        case .language: (nil, "idioma")
        case .languagesFolder: ("idiomas", "carpeta")
        case .server: ("servidor", "url")
        case .tokenFile: ("servidor", "credencial")
        case .serverCallsPerMinute: ("servidor", "llamadas_por_minuto")
        case .serverSubmissionsPerCURP: ("servidor", "solicitudes_por_curp_por_hora")
        case .store: ("datos", "almacen")
        case .storeConnections: ("datos", "conexiones")
        case .serverIdleSeconds: ("servidor", "segundos_sin_solicitud")
        case .serverConnections: ("servidor", "conexiones_maximas")
        }
    }

    /// `section.key`, as messages name it.
    public var name: String {
        let (table, key) = fileKey
        return table.map { "\($0).\(key)" } ?? key
    }

    /// The environment variable that sets it.
    public var environmentVariable: String {
        "NSS_KIOSK_" + name.split(separator: ".").joined(separator: "_").uppercased()
    }

    /// The command-line option that sets it, if any (the staff PIN's digest has none: a command line is
    /// visible to every user of the machine).
    public var flag: String? {
        switch self {
        case .dataDirectory: "--data"
        case .publicURL: "--public-url"
        case .subdelegation: "--subdelegation"
        case .production: "--production"
        case .downloads: "--downloads"
        case .printer: "--printer"
        case .idleSeconds: "--idle"
        case .waitingIdleSeconds: "--idle-waiting"
        case .idleWarningSeconds: "--idle-warning"
        case .staffPINDigest, .languagesFolder: nil
        case .language: "--language"
        case .server: "--server"
        case .tokenFile: "--token-file"
        // The office server's: its configuration file or environment (the wizard has no use for them).
        case .serverCallsPerMinute, .serverSubmissionsPerCURP, .serverIdleSeconds, .serverConnections: nil
        // The office server's and the staff tools' (`nss-kiosk-backend`, `nss-kiosk-server`), not the wizard's.
        case .store: "--store"
        case .storeConnections: "--store-connections"
        }
    }

    /// Whether the wizard's own command line takes its option: a terminal reaches a shared store only
    /// through the office server, so the store's options are the backend program's and the server's.
    public var isWizardOption: Bool {
        flag != nil && self != .store && self != .storeConnections
    }

    public var kind: Kind {
        switch self {
        case .subdelegation, .idleSeconds, .waitingIdleSeconds, .idleWarningSeconds, .serverCallsPerMinute,
             .serverSubmissionsPerCURP, .storeConnections, .serverIdleSeconds, .serverConnections: .integer
        case .production: .flag
        default: .text
        }
    }

    /// The value name in a help page.
    public var valueName: String {
        switch self {
        case .dataDirectory, .downloads, .languagesFolder: "carpeta"
        case .publicURL, .server: "url"
        case .tokenFile: "archivo"
        case .subdelegation: "n"
        case .production: ""
        case .printer: "nombre"
        case .idleSeconds, .waitingIdleSeconds, .idleWarningSeconds: "s"
        case .staffPINDigest: "hex"
        case .language: "es"
        case .serverCallsPerMinute, .serverSubmissionsPerCURP, .storeConnections, .serverConnections: "n"
        case .store: "url"
        case .serverIdleSeconds: "s"
        }
    }

    /// One line of help, in Spanish.
    public var help: String {
        switch self {
        case .dataDirectory: "Carpeta de datos (registro, buzón de salida, llaves); por omisión $XDG_DATA_HOME/nss-kiosk o ~/.local/share/nss-kiosk."
        case .publicURL: "Dirección pública del servidor de la oficina: el correo lleva una liga a ella."
        case .subdelegation: "Subdelegación del IMSS para los NSS nuevos (01–99). Por omisión \(Subdelegation.standard)."
        case .production: "Configuración de producción: rechaza el modo de prueba."
        case .downloads: "Carpeta donde «Guardar» deja los documentos (en un quiosco, la memoria USB). Por omisión ~/Descargas."
        case .printer: "Impresora de CUPS para «Imprimir»; por omisión la predeterminada del sistema."
        case .idleSeconds: "Segundos sin teclear antes de borrar los datos de la persona (por omisión 180; al menos 30)."
        case .waitingIdleSeconds: "Lo mismo en la espera del correo, donde la persona usa su teléfono (por omisión 600; al menos 30)."
        case .idleWarningSeconds: "Segundos de cuenta regresiva antes de borrar (por omisión 30, a lo más la mitad de la inactividad)."
        case .staffPINDigest: "SHA-256 del PIN del personal (printf 246813 | sha256sum), para salir de un quiosco."
        case .language: "Idioma de las pantallas y de los correos: «es» (español), «en» (inglés) o el código de otro catálogo (idiomas/CODIGO.toml)."
        case .server: "Dirección del servidor de la oficina (https://…): el trámite se hace en él y no en la carpeta de datos de este equipo."
        case .tokenFile: "Archivo (modo 0600) con la credencial de esta terminal para el servidor de la oficina."
        case .languagesFolder: "Carpeta de los catálogos de idiomas de la oficina (CODIGO.toml); por omisión /etc/nss-kiosk/idiomas."
        case .serverCallsPerMinute:
            "Servidor de la oficina: llamadas por minuto que acepta de cada terminal (por omisión 120); las demás reciben 429."
        case .serverSubmissionsPerCURP:
            "Servidor de la oficina: solicitudes por hora para una misma CURP desde cualquier terminal (por omisión 10)."
        case .store:
            "Base de datos PostgreSQL compartida por los servidores de la oficina "
                + "(postgresql://usuario@/base?host=/carpeta/del/socket o postgresql://usuario:contraseña@servidor:5432/base); "
                + "por omisión, SQLite en la carpeta de datos, que guarda siempre el sello, el buzón y las bitácoras."
        case .storeConnections:
            "Conexiones a PostgreSQL que abre cada proceso, como máximo (por omisión 4)."
        case .serverIdleSeconds:
            "Servidor de la oficina: segundos que una conexión puede tardar en enviar una solicitud completa, o quedarse "
                + "abierta sin enviar otra, antes de cerrarse (por omisión 10; de 1 a 300). Una llamada en espera no cuenta."
        case .serverConnections:
            "Servidor de la oficina: conexiones abiertas a la vez, como máximo (por omisión 1000); las demás esperan su turno."
        }
    }

    /// What is wrong with a value given with the option `flag`, in Spanish («--idle: debe ser…»).
    public static func optionMessage(_ flag: String, _ problem: SettingProblem) -> String {
        "\(flag): \(problem.message)"
    }

    /// The value `text` (from the environment or the command line) gives, or what is wrong with it.
    public func parse(_ text: String) -> Result<SettingValue, SettingProblem> {
        switch kind {
        case .text: return validate(.text(text))
        case .integer:
            guard let number = Int(text.trimmingSpaces) else {
                return .failure(SettingProblem("«\(text)» no es un número entero."))
            }
            return validate(.integer(number))
        case .flag:
            switch text.trimmingSpaces.lowercased() {
            case "true", "1", "si", "sí", "yes": return .success(.flag(true))
            case "false", "0", "no": return .success(.flag(false))
            default: return .failure(SettingProblem("«\(text)» no es true ni false."))
            }
        }
    }

    /// `value` when it is of the right kind and within the setting's limits; else what is wrong, in Spanish.
    public func validate(_ value: SettingValue) -> Result<SettingValue, SettingProblem> {
        guard value.kind == kind else {
            return .failure(SettingProblem("debe ser \(kind.described), no \(value.kind.noun)."))
        }
        switch (self, value) {
        case (.dataDirectory, .text(let path)), (.downloads, .text(let path)), (.languagesFolder, .text(let path)),
             (.tokenFile, .text(let path)):
            if path.isEmpty { return .failure(SettingProblem("la carpeta está vacía.")) }
            if path.unicodeScalars.contains(where: { $0.value < 0x20 || $0.value == 0x7F }) {
                return .failure(SettingProblem("la carpeta lleva caracteres de control."))
            }
        case (.publicURL, .text(let url)), (.server, .text(let url)):
            guard url.hasPrefix("https://") || url.hasPrefix("http://"), url.count > 8,
                  !url.unicodeScalars.contains(where: { $0.value <= 0x20 || $0.value == 0x7F }) else {
                return .failure(SettingProblem("«\(url)» no es una dirección: empieza con https:// y no lleva espacios."))
            }
        case (.subdelegation, .integer(let number)):
            guard Subdelegation.valid.contains(number) else {
                return .failure(SettingProblem("debe ser un número de 1 a 99; dice \(number)."))
            }
        case (.printer, .text(let name)):
            // CUPS printer names: printable characters but space, tab, «/» and «#».
            guard !name.isEmpty, name.count <= 127,
                  name.unicodeScalars.allSatisfy({ $0.value > 0x20 && $0.value != 0x7F && $0 != "/" && $0 != "#" }) else {
                return .failure(SettingProblem("«\(name)» no es un nombre de impresora de CUPS (sin espacios, «/» ni «#»)."))
            }
        case (.idleSeconds, .integer(let seconds)), (.waitingIdleSeconds, .integer(let seconds)):
            guard seconds >= 30 else { return .failure(SettingProblem("debe ser de al menos 30 segundos; dice \(seconds).")) }
            guard seconds <= 86_400 else { return .failure(SettingProblem("debe ser de a lo más 86400 segundos (un día); dice \(seconds).")) }
        case (.idleWarningSeconds, .integer(let seconds)):
            guard (5...300).contains(seconds) else {
                return .failure(SettingProblem("debe ser de 5 a 300 segundos; dice \(seconds)."))
            }
        case (.serverCallsPerMinute, .integer(let calls)):
            guard (10...1_000_000).contains(calls) else {
                return .failure(SettingProblem("debe ser de 10 a 1000000 llamadas por minuto; dice \(calls)."))
            }
        case (.serverSubmissionsPerCURP, .integer(let submissions)):
            guard (1...10_000).contains(submissions) else {
                return .failure(SettingProblem("debe ser de 1 a 10000 solicitudes por hora; dice \(submissions)."))
            }
        case (.store, .text(let url)):
            if let problem = StoreAddress.problem(url) { return .failure(SettingProblem(problem)) }
        case (.storeConnections, .integer(let connections)):
            // Its upper bound is the store's own, checked where the store is opened (and by `config check`).
            guard connections >= 1 else { return .failure(SettingProblem("debe ser de al menos 1 conexión; dice \(connections).")) }
        case (.serverIdleSeconds, .integer(let seconds)):
            guard (1...300).contains(seconds) else {
                return .failure(SettingProblem("debe ser de 1 a 300 segundos; dice \(seconds)."))
            }
        case (.serverConnections, .integer(let connections)):
            guard (16...1_000_000).contains(connections) else {
                return .failure(SettingProblem("debe ser de 16 a 1000000 conexiones; dice \(connections)."))
            }
        case (.staffPINDigest, .text(let hex)):
            guard StaffPINDigest(hex: hex) != nil else {
                return .failure(SettingProblem("debe tener 64 dígitos hexadecimales (printf TUPIN | sha256sum)."))
            }
        case (.language, .text(let code)):
            guard KioskSettings.isLanguageCode(code) else {
                return .failure(SettingProblem("«\(code)» no es un código de idioma: dos o tres letras minúsculas, como «es», «en» o «wix»."))
            }
        default: break
        }
        return .success(value)
    }
}

extension String {
    var trimmingSpaces: String {
        String(drop { $0 == " " || $0 == "\t" }.reversed().drop { $0 == " " || $0 == "\t" }.reversed())
    }
}
