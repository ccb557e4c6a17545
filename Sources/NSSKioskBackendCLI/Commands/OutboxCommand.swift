import ArgumentParser
import CommandLineSupport
import EmbeddedBackend
import Foundation
import LogSetup
import NSSCore

/// `nss-kiosk outbox`: the emails the embedded backend sent, read as a mail client shows them.
/// In a demo or at a kiosk without real mail, this is where the confirmation code is read.
struct OutboxCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "outbox",
        abstract: "Muestra los últimos correos enviados por el servicio integrado (buzón Maildir).",
        discussion: """
            El buzón también se puede leer con cualquier cliente de correo: mutt -f CARPETA/outbox
            Con --pending, los correos que aún no se han podido entregar: cada servicio en marcha los \
            vuelve a intentar, cada vez más espaciados (hasta cada 10 minutos), y también este comando \
            antes de mostrar el buzón.
            """
    )

    @Option(help: "Cuántos correos mostrar, los más recientes al final.")
    var last = 1
    @Option(help: ArgumentHelp("Sólo los enviados a esta dirección.", valueName: "correo"))
    var to: String?
    @Flag(help: "Los correos aún no entregados: número, tipo, destinatario enmascarado, intentos, próximo intento y motivo.")
    var pending = false
    @OptionGroup var backend: BackendArguments

    func validate() throws {
        guard last > 0 else { throw ValidationError("--last debe ser mayor que 0.") }
    }

    func run() async throws {
        Logs.bootstrapStandardError()
        let store = try backend.open()
        // Staff looking at the outbox push what is due into it first (a Maildir is local and quick).
        if store.maildir != nil { await store.deliverDueMail() }
        if pending { return try await listPending(store) }
        guard let maildir = store.maildir else {
            throw CommandFailure(message: "Este servicio entrega el correo con sendmail; no hay buzón que mostrar.")
        }
        let mails = try maildir.messageFiles().compactMap { ReceivedMail(contentsOf: $0) }
            .filter { mail in to.map { mail.header("To")?.localizedCaseInsensitiveContains($0) ?? false } ?? true }
        guard !mails.isEmpty else {
            print("El buzón está vacío.")
            return
        }
        for mail in mails.suffix(last) {
            for field in ["Date", "To", "Subject"] {
                print("\(field): \(UnsafeText.escaped(mail.header(field) ?? ""))")
            }
            for attachment in mail.attachments {
                print("Adjunto: \(UnsafeText.escaped(attachment.filename)) (\(attachment.data.count / 1024) KB)")
            }
            print("")
            print(mail.text.split(separator: "\n", omittingEmptySubsequences: false)
                .map { UnsafeText.escaped(String($0)) }.joined(separator: "\n"))
            print(String(repeating: "─", count: 60))
        }
    }

    /// One line per pending email, tab-separated, for staff and scripts alike.
    private func listPending(_ store: EmbeddedBackend) async throws {
        let jobs: [PendingMailJob]
        do {
            jobs = try await store.pendingMailJobs()
        } catch let error as BackendError {
            throw CommandFailure(message: "No se pudieron leer los correos pendientes: \(error.message)", status: ExitCode(1))
        }
        guard !jobs.isEmpty else {
            print("No hay correos pendientes.")
            return
        }
        print(["número", "tipo", "destinatario", "intentos", "próximo intento", "motivo"].joined(separator: "\t"))
        for job in jobs {
            let next = "\(MexicoCityTime.dayMonthYear(job.nextAttemptAt)) \(MexicoCityTime.hourMinute(job.nextAttemptAt))"
            print(["\(job.id)", job.kind, UnsafeText.escaped(job.maskedRecipient), "\(job.attempts)", next,
                   UnsafeText.escaped(job.lastError ?? "—")].joined(separator: "\t"))
        }
    }
}
