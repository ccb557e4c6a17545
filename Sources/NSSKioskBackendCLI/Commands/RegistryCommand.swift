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
        subcommands: [RegistryImport.self, RegistryList.self]
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
            Si alguna fila tiene un error no se carga nada, y se dice qué línea y por qué.
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
            throw CommandFailure(message: "No se cargó nada; corrige estas filas:\n" + lines.joined(separator: "\n"),
                                 status: ExitStatus.invalid)
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
