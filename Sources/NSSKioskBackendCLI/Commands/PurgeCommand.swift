import ArgumentParser
import CommandLineSupport
import EmbeddedBackend
import Foundation
import LogSetup
import NSSCore

/// `nss-kiosk purge --older-than DAYS`: removes what the store keeps of people once their procedures are
/// old, leaving the audit log.
struct PurgeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "purge",
        abstract: "Borra las solicitudes terminadas o abandonadas hace más de N días, con sus correos y documentos.",
        discussion: """
            Borra de la carpeta de datos cada solicitud cuya última actividad fue hace más de N días: sus \
            códigos, sus correos (en el buzón y en la cola), su registro sellado (del que se hacen los \
            documentos). La bitácora de auditoría se queda, con una línea «purga» por solicitud borrada. \
            Una solicitud con un correo aún por entregar se conserva hasta que se entregue. El registro de \
            personas y el correo asociado a cada CURP no se tocan.
            """
    )

    @Option(name: .customLong("older-than"), help: ArgumentHelp("Antigüedad mínima, en días (1 o más).", valueName: "días"))
    var olderThan: Int
    @OptionGroup var backend: BackendArguments

    func validate() throws {
        guard olderThan >= 1 else { throw ValidationError("--older-than debe ser de al menos 1 día.") }
    }

    func run() async throws {
        Logs.bootstrapStandardError()
        let store = try backend.open()
        let cutoff = Date().addingTimeInterval(-Double(olderThan) * 86_400)
        let report: PurgeReport
        do {
            report = try await store.purge(before: cutoff)
        } catch let error as BackendError {
            throw CommandFailure(message: error.message)
        }
        print("Solicitudes borradas: \(report.applications)")
        print("Correos borrados: \(report.emails)")
        print("Registros sellados (documentos) borrados: \(report.documents)")
        if report.keptForPendingMail > 0 {
            print("Conservadas porque un correo suyo aún no se entrega: \(report.keptForPendingMail) (nss-kiosk outbox --pending)")
        }
    }
}
