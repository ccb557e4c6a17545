import ArgumentParser
import CommandLineSupport
import EmbeddedBackend
import Foundation
import LogSetup
import NSSCore

/// `nss-kiosk registry …`: the registry of persons (the RENAPO role) of the embedded backend.
struct RegistryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "registry",
        abstract: "Consulta o carga el registro de personas del servicio integrado.",
        subcommands: [RegistryImport.self, RegistryList.self, RegistrySetEmail.self]
    )
}

/// `nss-kiosk registry import FILE.csv`.
struct RegistryImport: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Carga personas desde un CSV en UTF-8.",
        discussion: """
            Encabezado: curp,nombres,primer_apellido,segundo_apellido,sexo,fecha_nacimiento,entidad,nss
            (fecha AAAA-MM-DD; sexo H, M o X; entidad con su clave de dos letras; nss vacío si no tiene).
            Si alguna fila tiene un error no se carga nada, y se dice qué línea y por qué. Las filas
            buenas se escriben de mil en mil, sin detener a los quioscos; si la carga se interrumpe
            (disco lleno), se dice cuántas quedaron y cargar el mismo archivo otra vez la termina.
            """
    )

    @Argument(help: ArgumentHelp("El archivo CSV.", valueName: "archivo.csv"))
    var file: String
    @OptionGroup var backend: BackendArguments

    func run() throws {
        Logs.bootstrapStandardError()
        let store = try backend.open()
        let report: ImportReport
        do {
            report = try store.importRegistry(csv: URL(fileURLWithPath: file))
        } catch let error as RegistryImportError {
            throw CommandFailure(message: error.description)
        }
        guard report.succeeded else {
            let lines = report.problems.map { UnsafeText.escaped($0.description) }
            let opening = report.stoppedPartWay
                ? "La carga se detuvo: se cargaron \(report.added) personas nuevas y \(report.updated) actualizadas; "
                    + "vuelve a cargar el mismo archivo para terminar (las ya cargadas no se repiten):\n"
                : "No se cargó nada; corrige estas filas:\n"
            throw CommandFailure(message: opening + lines.joined(separator: "\n"), status: ExitStatus.invalid)
        }
        print("Filas leídas: \(report.rowsRead). Personas nuevas: \(report.added). Actualizadas: \(report.updated).")
    }
}

/// `nss-kiosk registry list`.
struct RegistryList: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "Lista el registro: CURP, NSS (o «-»), nombre; separados por tabuladores."
    )

    @Option(help: "Cuántas personas mostrar.")
    var limit = 50
    @Option(help: "Desde qué persona (0 es la primera).")
    var offset = 0
    @OptionGroup var backend: BackendArguments

    func validate() throws {
        guard limit > 0, offset >= 0 else { throw ValidationError("--limit debe ser mayor que 0 y --offset no negativo.") }
    }

    func run() throws {
        Logs.bootstrapStandardError()
        let store = try backend.open()
        var output = OutputBuffer()
        for person in try store.listRegistry(limit: limit, offset: offset) {
            output.append("\(person.curp.value)\t\(person.nss?.digits ?? "-")\t\(UnsafeText.escaped(person.fullName))\n")
        }
        output.flush()
        let total = try store.registryCount()
        FileHandle.standardError.write(Data("\(total) personas en el registro.\n".utf8))
    }
}

/// `nss-kiosk registry set-email CURP CORREO --staff NOMBRE --reason MOTIVO`: at the counter, after the
/// person proved who they are, the email their procedures go to is changed; the change is recorded.
struct RegistrySetEmail: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "set-email",
        abstract: "Cambia el correo asociado a una CURP (en ventanilla, con identificación); queda registrado.",
        discussion: """
            Una vez confirmado, el correo de una CURP recibe todos sus trámites: quien sólo conoce la CURP no
            puede recibir el NSS ni los documentos en un correo suyo. Cambiarlo es un trámite del personal.
            """
    )

    @Argument(help: ArgumentHelp("La CURP.", valueName: "curp"))
    var curp: String
    @Argument(help: ArgumentHelp("El correo nuevo.", valueName: "correo"))
    var email: String
    @Option(help: ArgumentHelp("Quién hace el cambio.", valueName: "nombre"))
    var staff: String
    @Option(help: ArgumentHelp("Por qué (por ejemplo, el documento que se revisó).", valueName: "motivo"))
    var reason: String
    @OptionGroup var backend: BackendArguments

    /// The record says who and why as it will be read: no control character, and nothing invisible
    /// (a zero-width space, a soft hyphen) that would make «Ana» and «An​a» two different people.
    func validate() throws {
        for (name, value) in [("--staff", staff), ("--reason", reason)] {
            let trimmed = value.trimmingCharacters(in: .whitespaces)
            guard !trimmed.isEmpty, trimmed.count <= 200, trimmed.allSatisfy(UnsafeText.isVisible) else {
                throw ValidationError("\(name) debe ser un texto de 1 a 200 caracteres, sin caracteres de control ni invisibles.")
            }
        }
    }

    func run() throws {
        Logs.bootstrapStandardError()
        let validCURP: CURP
        switch CURP.check(typed: curp) {
        case .success(let valid): validCURP = valid
        case .failure(let failure): throw CommandFailure(message: "CURP inválida: \(failure.message)")
        }
        let address: EmailAddress
        do {
            address = try EmailAddress(email)
        } catch {
            throw CommandFailure(message: "El correo «\(UnsafeText.escaped(email))» no es válido.")
        }
        let store = try backend.open()
        guard try store.changeEmail(of: validCURP, to: address, staff: staff.trimmingCharacters(in: .whitespaces),
                                    reason: reason.trimmingCharacters(in: .whitespaces)) else {
            throw CommandFailure(message: "Esa CURP no está en el registro.", status: ExitStatus.invalid)
        }
        print("Listo: los trámites de \(validCURP.value) irán a \(address.masked). El cambio quedó registrado.")
    }
}
