import ConfigFile
import Foundation
import KioskSettings
import Testing
import TestSupport

/// The configuration file: what a good one gives, every kind of mistake said line by line in Spanish,
/// `nss-kiosk config check` and `config show`, and the order in which the file, the environment and the
/// command line win.
@Suite(.runsPrograms) struct ConfigFileTests {
    static let digest = "59c25b00bc10f4b29e431c41429b1ef3ec1e8463de50a5b88be4e26ebcf5d633"

    static let good = """
        # Quiosco de la subdelegación Tepic
        idioma = "es"

        [datos]
        carpeta = "/var/lib/nss-kiosk"
        almacen = "postgresql://nss@/nss?host=/run/postgresql"
        conexiones = 8

        [servicio]
        url_publica = "https://nss.oficina.example"
        subdelegacion = 7
        produccion = true

        [documentos]
        descargas = "/media/usb"
        impresora = "Recepcion_1"

        [inactividad]
        segundos = 120
        segundos_en_espera = 900
        aviso = 20

        [personal]
        pin_sha256 = "\(digest)"   # printf 246813 | sha256sum

        [idiomas]
        carpeta = "/etc/nss-kiosk/idiomas"

        [servidor]
        url = "https://nss.oficina.example"
        credencial = "/etc/nss-kiosk/credencial"
        llamadas_por_minuto = 90
        solicitudes_por_curp_por_hora = 6
        segundos_sin_solicitud = 15
        conexiones_maximas = 500

        """

    @Test func aGoodFileGivesEverySettingWithItsLine() throws {
        let file = ConfigFile.parse(Self.good, path: "config.toml")
        #expect(file.problems.isEmpty)
        #expect(file.layer.count == Setting.allCases.count)
        #expect(file.layer[.subdelegation] == .integer(7))
        #expect(file.layer[.production] == .flag(true))
        #expect(file.layer[.printer] == .text("Recepcion_1"))
        #expect(file.lines[.language] == 2)
        #expect(file.lines[.dataDirectory] == 5)
        #expect(file.lines[.staffPINDigest] == 24)
        let settings = KioskSettings().applying(file.layer, from: .file(path: "config.toml", line: 0))
        #expect(settings.idleSeconds == 120 && settings.waitingIdleSeconds == 900 && settings.idleWarningSeconds == 20)
        #expect(settings.serverCallsPerMinute == 90 && settings.serverSubmissionsPerCURP == 6)
        #expect(settings.store == "postgresql://nss@/nss?host=/run/postgresql" && settings.storeConnections == 8)
        #expect(settings.serverIdleSeconds == 15 && settings.serverConnections == 500)
        #expect(settings.staffPINDigest == StaffPINDigest(hex: Self.digest))
    }

    /// Every kind of mistake a file can have but a syntax error (the parser stops at the first one): each
    /// said on its own line, in Spanish, with what to write instead.
    @Test func everyMistakeIsSaidOnItsLine() throws {
        let text = """
            idioma = "English"
            [datos]
            carpeta = 3
            [servicio]
            subdelegacion = 120
            url_publica = "nss.oficina.example"
            produccion = "sí"
            [inactividad]
            segundo = 120
            segundos = 10
            aviso = 2.5
            [documentos]
            impresora = "Sala de espera"
            [personal]
            pin_sha256 = "12ab"
            [impresion]
            copias = 2
            [personall]
            """
        let file = ConfigFile.parse(text, path: "config.toml")
        let said = file.problems.map { $0.described(in: "config.toml") }
        #expect(said == [
            "config.toml:1: «idioma» «English» no es un código de idioma: dos o tres letras minúsculas, como «es», «en» o «wix».",
            "config.toml:3: «datos.carpeta» debe ser un texto entre comillas, no un número entero.",
            "config.toml:5: «servicio.subdelegacion» debe ser un número de 1 a 99; dice 120.",
            "config.toml:6: «servicio.url_publica» «nss.oficina.example» no es una dirección: empieza con https:// y no lleva espacios.",
            "config.toml:7: «servicio.produccion» debe ser true o false, sin comillas, no un texto.",
            "config.toml:9: la clave «inactividad.segundo» no existe; ¿quisiste decir «inactividad.segundos»?",
            "config.toml:10: «inactividad.segundos» debe ser de al menos 30 segundos; dice 10.",
            "config.toml:11: «inactividad.aviso» debe ser un número entero, sin comillas, no un número con decimales.",
            "config.toml:13: «documentos.impresora» «Sala de espera» no es un nombre de impresora de CUPS (sin espacios, «/» ni «#»).",
            "config.toml:15: «personal.pin_sha256» debe tener 64 dígitos hexadecimales (printf TUPIN | sha256sum).",
            "config.toml:16: la sección [impresion] no existe. Las que existen: [datos], [documentos], [idiomas], [inactividad], [personal], [servicio], [servidor].",
            "config.toml:18: la sección [personall] no existe; ¿quisiste decir «[personal]»?",
        ], "\(said.joined(separator: "\n"))")
        #expect(file.layer.isEmpty, "a bad value is not used")
    }

    @Test func aKeyOrASectionWrittenTwiceNamesBothLines() {
        let key = ConfigFile.parse("[inactividad]\nsegundos = 120\n\nsegundos = 150\n", path: "c.toml")
        #expect(key.problems.map { $0.described(in: "c.toml") } == [
            "c.toml:4: «inactividad.segundos» ya se había escrito en la línea 2; cada clave y cada sección van una sola vez.",
        ])
        let table = ConfigFile.parse("[datos]\ncarpeta = \"/srv\"\n[servicio]\nsubdelegacion = 7\n[datos]\n", path: "c.toml")
        #expect(table.problems.map { $0.described(in: "c.toml") } == [
            "c.toml:5: «datos» ya se había escrito en la línea 1; cada clave y cada sección van una sola vez.",
        ])
    }

    @Test(arguments: [
        ("[datos]\ncarpeta \"/srv\"\n", 2),
        ("[servicio]\nsubdelegacion = 7\nurl_publica = \"https://x.example\n", 3),
        ("[inactividad\nsegundos = 120\n", 1),
        ("[servicio]\nproduccion = True\n", 2),
        ("\n\n[inactividad]\nsegundos = \n", 4),
    ])
    func aSyntaxErrorIsSaidWithItsLineInSpanish(text: String, line: Int) {
        let file = ConfigFile.parse(text, path: "c.toml")
        #expect(file.problems.count == 1)
        #expect(file.problems.first?.line == line, "\(file.problems)")
        let message = file.problems.first?.message ?? ""
        #expect(message.hasPrefix("error de sintaxis (columna "), "\(message)")
        #expect(!message.lowercased().contains("expected") && !message.lowercased().contains("error while"), "\(message)")
    }

    /// Lines that look like keys inside a multi-line string or array are not keys.
    @Test func keysAreFoundPastMultiLineValuesAndComments() {
        let text = """
            # segundos = 1
            [documentos]
            impresora = \"\"\"
            segundos = 5
            Recepcion\"\"\"
            [inactividad] # comentario
            "segundos" = 90
            """
        let file = ConfigFile.parse(text, path: "c.toml")
        #expect(file.lines[.idleSeconds] == 7)
        #expect(file.problems.map(\.line) == [3], "the printer's name has a newline: \(file.problems)")
    }

    // MARK: - The programs

    private func folder() throws -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("nss-config-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        return dir
    }

    @Test func configCheckSaysEachProblemAndExitsWithOne() async throws {
        let dir = try folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let bad = dir.appendingPathComponent("config.toml")
        try "[inactividad]\nsegundos = \"mucho\"\n[servicio]\nsubdelegacion = 0\n".write(to: bad, atomically: true, encoding: .utf8)
        let run = try await Run.nssKiosk(["config", "check", bad.path], environment: [:])
        #expect(run.status == 1)
        #expect(run.stdout == """
            \(bad.path):2: «inactividad.segundos» debe ser un número entero, sin comillas, no un texto.
            \(bad.path):4: «servicio.subdelegacion» debe ser un número de 1 a 99; dice 0.
            2 problemas en \(bad.path).

            """)

        let good = dir.appendingPathComponent("bueno.toml")
        try Self.good.write(to: good, atomically: true, encoding: .utf8)
        let fine = try await Run.nssKiosk(["config", "check", good.path], environment: [:])
        #expect(fine.status == 0)
        #expect(fine.stdout == "\(good.path): sin problemas.\n")

        let missing = try await Run.nssKiosk(["config", "check", dir.appendingPathComponent("no.toml").path], environment: [:])
        #expect(missing.status == 1)
        #expect(missing.stdout.contains("no.toml: el archivo no existe."))
    }

    /// The file, then the environment, then the command line: each wins over the one before.
    @Test func theCommandLineWinsOverTheEnvironmentWhichWinsOverTheFile() async throws {
        let dir = try folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("config.toml")
        try "[datos]\ncarpeta = \"\(dir.path)/a\"\n[servicio]\nsubdelegacion = 7\nurl_publica = \"https://a.example\"\n[inactividad]\nsegundos = 120\n"
            .write(to: file, atomically: true, encoding: .utf8)
        let environment = ["NSS_KIOSK_CONFIG": file.path, "NSS_KIOSK_SERVICIO_SUBDELEGACION": "9",
                           "NSS_KIOSK_SERVICIO_URL_PUBLICA": "https://b.example"]
        let run = try await Run.nssKiosk(["config", "show", "--public-url", "https://c.example"], environment: environment)
        #expect(run.status == 0, "\(run.stderr)")
        let lines = run.stdout.split(separator: "\n").map(String.init)
        #expect(lines.contains("datos.carpeta = \"\(dir.path)/a\"\t# \(file.path), línea 2"))
        #expect(lines.contains("servicio.subdelegacion = 9\t# variable NSS_KIOSK_SERVICIO_SUBDELEGACION"))
        #expect(lines.contains("servicio.url_publica = \"https://c.example\"\t# opción --public-url"))
        #expect(lines.contains("inactividad.segundos = 120\t# \(file.path), línea 7"))
        #expect(lines.contains("inactividad.aviso = 30\t# valor por omisión"))

        // The staff tools open the data directory the file names.
        let registry = try await Run.nssKiosk(["registry", "list", "--limit", "1"], environment: environment)
        #expect(registry.status == 0, "\(registry.stderr)")
        #expect(FileManager.default.fileExists(atPath: dir.appendingPathComponent("a").path))

        let badVariable = try await Run.nssKiosk(["config", "show"], environment: environment.merging(["NSS_KIOSK_INACTIVIDAD_SEGUNDOS": "5"]) { $1 })
        #expect(badVariable.status == 2)
        #expect(badVariable.stderr.contains("En la variable NSS_KIOSK_INACTIVIDAD_SEGUNDOS, inactividad.segundos debe ser de al menos 30 segundos; dice 5."))
    }

    /// The wizard gets the file's settings from its service: its data directory (the service's database
    /// and the wizard's log are there) and the office's address (the email then carries a link, and the
    /// screens say so); an option still wins over the file.
    @Test func theWizardRunsOnWhatTheFileSays() async throws {
        let dir = try folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("config.toml")
        try "[datos]\ncarpeta = \"\(dir.path)/a\"\n[servicio]\nurl_publica = \"https://nss.oficina.example\"\n"
            .write(to: file, atomically: true, encoding: .utf8)
        let curp = "GOMJ910908HTSNRN04\n"
        let run = try await Run.nssKiosk(["--plain", "--config", file.path, "--captcha-test-answer", "AbDeF"], stdin: curp)
        #expect(run.stdout.contains("Te enviaremos una liga y un código de confirmación a este correo."), "\(run.stdout)")
        for name in ["nss-kiosk.log", "nss-kiosk.sqlite"] {
            #expect(FileManager.default.fileExists(atPath: dir.appendingPathComponent("a/\(name)").path), "\(name)")
        }
        let elsewhere = try await Run.nssKiosk(["--plain", "--config", file.path, "--data", "\(dir.path)/b",
                                                "--captcha-test-answer", "AbDeF"], stdin: curp)
        #expect(elsewhere.stdout.contains("Te enviaremos una liga"))
        #expect(FileManager.default.fileExists(atPath: dir.appendingPathComponent("b/nss-kiosk.sqlite").path))
    }

    @Test func aFileWithMistakesStopsTheProgramsThatNeedItWithEveryLine() async throws {
        let dir = try folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("config.toml")
        try "[datos]\ncarpeta = \"\(dir.path)\"\n[servicio]\nsubdelegacion = 100\n".write(to: file, atomically: true, encoding: .utf8)
        let run = try await Run.nssKiosk(["registry", "list", "--config", file.path], environment: [:])
        #expect(run.status == 2)
        #expect(run.stderr.contains("El archivo de configuración \(file.path) tiene errores:"))
        #expect(run.stderr.contains("\(file.path):4: «servicio.subdelegacion» debe ser un número de 1 a 99; dice 100."))
        #expect(run.stderr.contains("nss-kiosk config check \(file.path)"))
    }

    /// The older DATA/kiosk.conf still gives the PIN when nothing else does; `config check` says how to move it.
    @Test func theOlderKioskConfIsStillReadAndCheckSaysHowToMoveIt() async throws {
        let dir = try folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        try "pin_personal = 246813\n".write(to: dir.appendingPathComponent("kiosk.conf"), atomically: true, encoding: .utf8)
        let file = dir.appendingPathComponent("config.toml")
        try "[datos]\ncarpeta = \"\(dir.path)\"\n".write(to: file, atomically: true, encoding: .utf8)
        let show = try await Run.nssKiosk(["config", "show", "--config", file.path], environment: [:])
        #expect(show.stdout.contains("personal.pin_sha256 = \"(definido)\"\t# \(dir.path)/kiosk.conf (archivo antiguo)"))
        let check = try await Run.nssKiosk(["config", "check", file.path], environment: [:])
        #expect(check.status == 0)
        #expect(check.stdout.contains("Aviso: el PIN del personal aún está en \(dir.path)/kiosk.conf"))
        #expect(check.stdout.contains("[personal] con pin_sha256"))
    }

    /// The office server and the terminal's credential may be set in the file (or the environment) as the
    /// other settings: both or neither, said before the wizard takes the terminal.
    @Test func theServerAndItsCredentialComeFromTheFileToo() async throws {
        let dir = try folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("config.toml")
        try "[datos]\ncarpeta = \"\(dir.path)\"\n[servidor]\nurl = \"https://nss.oficina.example\"\n"
            .write(to: file, atomically: true, encoding: .utf8)
        let show = try await Run.nssKiosk(["config", "show", "--config", file.path])
        #expect(show.stdout.contains("servidor.url = \"https://nss.oficina.example\"\t# \(file.path), línea 4\n"), "\(show.stdout)")
        let alone = try await Run.nssKiosk(["--plain", "--config", file.path], stdin: "")
        #expect(alone.status == 2)
        #expect(alone.stderr.contains("--server y --token-file van juntos"), "\(alone.stderr)")
        let credential = dir.appendingPathComponent("credencial")
        try "token-de-prueba-de-la-terminal-1234567890\n".write(to: credential, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: credential.path)
        let example = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("examples/respuestas.yaml").path
        let answers = try await Run.nssKiosk(["--plain", "--config", file.path, "--answers", example], stdin: "",
                                             environment: ["NSS_KIOSK_SERVIDOR_CREDENCIAL": credential.path])
        #expect(answers.status == 2)
        #expect(answers.stderr.contains("--answers no se usa con --server"), "\(answers.stderr)")
        try "[servidor]\nurl = \"nss.oficina\"\n".write(to: file, atomically: true, encoding: .utf8)
        let check = try await Run.nssKiosk(["config", "check", file.path])
        #expect(check.stdout.contains("\(file.path):2: «servidor.url» «nss.oficina» no es una dirección: empieza con https:// y no lleva espacios."),
                "\(check.stdout)")
        #expect(check.status == 1)
    }

    /// The shared store's address in the file (`[datos] almacen`), under the environment and `--store`:
    /// the staff tools open it; `config check` says what is wrong with it, and a password in a file others
    /// may read; no message and no `config show` ever shows the password.
    @Test func theStoreComesFromTheFileAndCheckSaysItsMistakes() async throws {
        let dir = try folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("config.toml")
        func write(_ store: String, connections: Int? = nil, mode: Int = 0o644) throws {
            try "[datos]\ncarpeta = \"\(dir.path)\"\nalmacen = \"\(store)\"\n\(connections.map { "conexiones = \($0)\n" } ?? "")"
                .write(to: file, atomically: true, encoding: .utf8)
            try FileManager.default.setAttributes([.posixPermissions: mode], ofItemAtPath: file.path)
        }

        try write("mysql://nss@servidor/nss")
        var check = try await Run.nssKiosk(["config", "check", file.path], environment: [:])
        #expect(check.status == 1)
        #expect(check.stdout.contains("\(file.path):3: «datos.almacen» «mysql://nss@servidor/nss» no es una dirección de PostgreSQL"),
                "\(check.stdout)")

        try write("postgresql://nss@/")
        check = try await Run.nssKiosk(["config", "check", file.path], environment: [:])
        #expect(check.status == 1)
        #expect(check.stdout.contains("\(file.path):3: «datos.almacen» La dirección de la base de datos «postgresql://nss@/» no es válida"),
                "\(check.stdout)")

        try write("postgresql://nss@/nss?host=/run/postgresql", connections: 100)
        check = try await Run.nssKiosk(["config", "check", file.path], environment: [:])
        #expect(check.status == 1)
        #expect(check.stdout.contains("\(file.path):4: «datos.conexiones» Las conexiones a la base de datos deben ser de 1 a 64, no 100."),
                "\(check.stdout)")

        let secret = "contrasena-secreta"
        try write("postgresql://nss:\(secret)@db.oficina.example:5432/nss")
        check = try await Run.nssKiosk(["config", "check", file.path], environment: [:])
        #expect(check.status == 1)
        #expect(check.stdout.contains("\(file.path):3: «datos.almacen» lleva la contraseña de la base de datos y otros usuarios pueden leer este archivo (modo 644)"),
                "\(check.stdout)")
        #expect(!check.stdout.contains(secret))
        for mode in [0o600, 0o640] {
            try FileManager.default.setAttributes([.posixPermissions: mode], ofItemAtPath: file.path)
            check = try await Run.nssKiosk(["config", "check", file.path], environment: [:])
            #expect(check.status == 0, "\(check.stdout)")
            #expect(check.stdout == "\(file.path): sin problemas.\n")
        }
        let show = try await Run.nssKiosk(["config", "show", "--config", file.path], environment: [:])
        #expect(show.stdout.contains("datos.almacen = \"postgresql://nss:***@db.oficina.example:5432/nss\"\t# \(file.path), línea 3"),
                "\(show.stdout)")
        #expect(!show.stdout.contains(secret))

        // The environment wins over the file, the option over both.
        let socket = dir.appendingPathComponent("sin-servidor").path
        let environment = ["NSS_KIOSK_DATOS_ALMACEN": "postgresql://entorno@/nss?host=\(socket)"]
        let overridden = try await Run.nssKiosk(["config", "show", "--config", file.path], environment: environment)
        #expect(overridden.stdout.contains("datos.almacen = \"postgresql://entorno@/nss?host=\(socket)\"\t# variable NSS_KIOSK_DATOS_ALMACEN"),
                "\(overridden.stdout)")
        let option = try await Run.nssKiosk(["config", "show", "--config", file.path, "--store", "postgresql://opcion@/nss?host=\(socket)"],
                                            environment: environment)
        #expect(option.stdout.contains("datos.almacen = \"postgresql://opcion@/nss?host=\(socket)\"\t# opción --store"), "\(option.stdout)")

        // A staff tool opens the store the settings name: here one with no server behind it.
        let registry = try await Run.nssKiosk(["registry", "list", "--config", file.path], environment: environment)
        #expect(registry.status == 1, "\(registry.stderr)")
        #expect(registry.stderr.contains("No se pudo conectar con la base de datos «postgresql://entorno@/nss?host=\(socket)»"),
                "\(registry.stderr)")
        let wrong = try await Run.nssKiosk(["config", "show", "--config", file.path], environment: ["NSS_KIOSK_DATOS_ALMACEN": "sqlite://x"])
        #expect(wrong.status == 2)
        #expect(wrong.stderr.contains("En la variable NSS_KIOSK_DATOS_ALMACEN, datos.almacen «sqlite://x» no es una dirección de PostgreSQL"),
                "\(wrong.stderr)")
    }
}
