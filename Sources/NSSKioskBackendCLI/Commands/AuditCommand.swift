import ArgumentParser
import CommandLineSupport
import EmbeddedBackend
import Foundation
import LogSetup
import NSSCore

/// `nss-kiosk audit`: the audit log as CSV, for an auditor — what happened to each procedure, on which
/// terminal and when, without anyone's CURP, name, email or NSS.
struct AuditCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "audit",
        abstract: "Bitácora de auditoría en CSV: fecha (UTC), terminal, solicitud, folio, paso y resultado.",
        discussion: """
            No contiene CURP, nombres, correos ni NSS: cada solicitud se nombra por su identificador al azar \
            y, desde el Paso 2, por su folio. Pasos: solicitud, confirmacion, reenvio, paso-1, paso-2, \
            copia-por-correo, correo-entregado, reanudacion (nss-kiosk --resume) y purga. Resultado: «hecho», el tipo de correo entregado, o el \
            motivo del rechazo (captcha-wrong, code-wrong, confirmation-expired, too-many-attempts…).
            """
    )

    @Option(help: ArgumentHelp("Sólo desde esta fecha (AAAA-MM-DD, hora de la Ciudad de México).", valueName: "fecha"))
    var since: String?
    @OptionGroup var backend: BackendArguments

    func run() async throws {
        Logs.bootstrapStandardError()
        var start = Date.distantPast
        if let since {
            guard let date = CivilDate(iso: since) else {
                throw CommandFailure(message: "La fecha «\(UnsafeText.escaped(since))» no es válida: escribe AAAA-MM-DD.",
                                     status: ExitStatus.invalid)
            }
            start = MexicoCityTime.startOfDay(date)
        }
        let store = try backend.open()
        print(AuditEvent.csvHeader)
        for event in try await store.auditEvents(since: start) { print(event.csvLine) }
    }
}
